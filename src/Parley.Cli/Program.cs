return Parley.Cli.ParleyCommand.Run(args);
