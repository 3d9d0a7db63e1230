using System.Text;
using Parley.Ingest.Html;

namespace Parley.Tests.Ingest.Html;

/// <summary>Web pages in the charsets this field meets, encoded here from text written for the tests.</summary>
public class CharsetTests
{
    static CharsetTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Russian1 = "Переговоры о прекращении огня возобновятся в понедельник в Стамбуле, сообщил официальный представитель министерства.";
    private const string Russian2 = "По его словам, стороны уже согласовали список вопросов, но дата подписания соглашения пока не определена.";

    private static string Page(string charsetMeta) => $"""
        <html><head>{charsetMeta}<title>Переговоры возобновятся в понедельник</title></head>
        <body><article><p>{Russian1}</p><p>{Russian2}</p></article></body></html>
        """;

    private static byte[] Encode(string text, string charset) => Encoding.GetEncoding(charset).GetBytes(text);

    private static (string[] Lines, string Charset) Read(byte[] bytes)
    {
        var item = new HtmlReader().Read("page.html", bytes).Single();
        Assert.Null(item.Failure);
        return (item.Article!.Text.Split('\n'), item.Article.Charset!);
    }

    [Fact]
    public void Windows1251DeclaredInMetaIsDecoded()
    {
        var (lines, charset) = Read(Encode(Page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"), "windows-1251"));
        Assert.Equal([Russian1, Russian2], lines);
        Assert.StartsWith("windows-1251 (declared in <meta http-equiv=Content-Type>", charset);
    }

    [Fact]
    public void Koi8RDeclaredInMetaCharsetIsDecoded()
    {
        var (lines, charset) = Read(Encode(Page("<meta charset=\"koi8-r\">"), "koi8-r"));
        Assert.Equal([Russian1, Russian2], lines);
        Assert.StartsWith("koi8-r", charset);
    }

    [Fact]
    public void UndeclaredWindows1251IsSniffedAndSaysSo()
    {
        var (lines, charset) = Read(Encode(Page(""), "windows-1251"));
        Assert.Equal([Russian1, Russian2], lines);
        Assert.Contains("no charset declared", charset);
        Assert.Contains("sniffed as windows-1251", charset);
    }

    [Fact]
    public void UndeclaredKoi8RIsToldApartFromWindows1251()
    {
        var (lines, charset) = Read(Encode(Page(""), "koi8-r"));
        Assert.Equal([Russian1, Russian2], lines);
        Assert.Contains("sniffed as koi8-r", charset);
    }

    [Fact]
    public void APageThatSaysUtf8ButIsWindows1251IsReadAsWindows1251WithTheReason()
    {
        var (lines, charset) = Read(Encode(Page("<meta charset=\"utf-8\">"), "windows-1251"));
        Assert.Equal([Russian1, Russian2], lines);
        Assert.Contains("declares UTF-8, but byte", charset);
        Assert.Contains("windows-1251", charset);
    }

    [Fact]
    public void APageThatSaysWindows1251ButIsUtf8IsReadAsUtf8()
    {
        var (lines, charset) = Read(Encoding.UTF8.GetBytes(Page("<meta charset=\"windows-1251\">")));
        Assert.Equal([Russian1, Russian2], lines);
        Assert.StartsWith("utf-8", charset);
        Assert.Contains("declares windows-1251", charset);
    }

    [Fact]
    public void HttpHeaderCharsetWinsOverTheMetaTag()
    {
        var bytes = Encode(Page("<meta charset=\"iso-8859-5\">"), "koi8-r");
        var decoded = CharsetDetector.Decode(bytes, "koi8-r", out _);
        Assert.NotNull(decoded);
        Assert.Contains(Russian1, decoded!.Text);
        Assert.Equal("koi8-r", decoded.Charset);
        Assert.Contains("HTTP Content-Type", decoded.How);
    }

    [Fact]
    public void Latin1FrenchIsNotMistakenForCyrillic()
    {
        const string french = "Le ministre des Affaires étrangères a déclaré mercredi que les négociations reprendraient à Genève après l'été.";
        var bytes = Encode($"<html><body><p>{french}</p><p>{french}</p></body></html>", "windows-1252");
        var decoded = CharsetDetector.Decode(bytes, null, out _);
        Assert.Contains(french, decoded!.Text);
        Assert.Equal("windows-1252", decoded.Charset);
    }

    [Fact]
    public void BytesThatReadAsNoCharsetFailWithAReasonInsteadOfMojibake()
    {
        // Control bytes scattered through high bytes: no charset makes words of this.
        var rng = new Random(7);
        var bytes = new byte[4000];
        for (int i = 0; i < bytes.Length; i++) bytes[i] = (byte)(i % 3 == 0 ? 0x80 + rng.Next(0x20) : 0xC0 + rng.Next(0x40));
        var item = new HtmlReader().Read("noise.html", bytes).Single();
        Assert.NotNull(item.Failure);
        Assert.Contains("cannot decode", item.Failure!.Reason);
    }

    [Fact]
    public void Utf16WithAByteOrderMarkIsDecoded()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Page(""))).ToArray();
        var (lines, charset) = Read(bytes);
        Assert.Equal([Russian1, Russian2], lines);
        Assert.StartsWith("utf-16le (byte order mark)", charset);
    }
}
