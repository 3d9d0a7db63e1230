namespace Parley.Bench;

public static class ChronoSideBySide
{
    public static int Run(string shared, bool errors) => 0;
}
