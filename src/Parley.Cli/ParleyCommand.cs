namespace Parley.Cli;

public static class ParleyCommand
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("parley: not built yet");
        return 2;
    }
}
