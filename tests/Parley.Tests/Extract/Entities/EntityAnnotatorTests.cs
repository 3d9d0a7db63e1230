using Parley.Documents;
using Parley.Extract.Entities;
using Parley.Extract.Entities.Coreference;
using Parley.Knowledge;

namespace Parley.Tests.Extract.Entities;

public class EntityAnnotatorTests
{
    private static Document Annotate(string text, string? published = "2024-05-20")
    {
        var doc = Analyzer.FromBody(text, published);
        new EntityAnnotator(KnowledgeBase.Default).Process(doc, CancellationToken.None);
        return doc;
    }

    private static Entity Get(Document doc, string id) =>
        doc.Entities.FirstOrDefault(e => e.Id == id) ?? throw new Xunit.Sdk.XunitException(
            $"no entity {id}; got: {string.Join(", ", doc.Entities.Select(e => e.Id))}");

    [Fact]
    public void A_company_is_an_organization_but_its_name_before_a_model_number_is_a_product()
    {
        var doc = Annotate("The air force will buy 12 more Lockheed Martin F-35 jets, and Lockheed Martin said deliveries start in 2027. "
                           + "Rheinmetall is building a shell plant in Ukraine.");
        var lm = Get(doc, "lockheed-martin");
        Assert.Equal("ORG", lm.Type);
        Assert.Equal("USA", lm.Country);
        Assert.Single(lm.Mentions);                     // "Lockheed Martin said", not "Lockheed Martin F-35 jets"
        Assert.Equal("DEU", Get(doc, "rheinmetall").Country);
    }

    [Fact]
    public void A_counterpart_is_the_holder_of_the_possessors_office_in_the_named_country()
    {
        var doc = Analyzer.FromBody("Sergei Lavrov discussed the grain corridor with his Turkish counterpart by phone on Tuesday.", "2024-05-20");
        new EntityAnnotator(KnowledgeBase.Default).Process(doc, CancellationToken.None);
        // Turkey's foreign minister in May 2024 was Hakan Fidan
        var fidan = Get(doc, "hakan-fidan");
        Assert.Contains(fidan.Mentions, m => m.Text == "his Turkish counterpart");
        Assert.DoesNotContain(doc.Entities, e => e.Id == "turkey" && e.Mentions.Any(m => m.Text == "Turkish"));
    }

    [Fact]
    public void The_demonym_side_of_talks_is_the_country()
    {
        var doc = Annotate("Mediators said the Ukrainian side had sent its list, while the Russian side asked for more time.");
        Assert.Contains(Get(doc, "ukraine").Mentions, m => m.Text == "the Ukrainian side");
        Assert.Contains(Get(doc, "russia").Mentions, m => m.Text == "the Russian side");
    }

    [Fact]
    public void Holidays_units_and_acronyms_of_things_are_not_entities()
    {
        var doc = Annotate("Shelling paused over Christmas. The new SDK needs a 3 GHz chip, and GDP fell again, Kyiv said.");
        Assert.DoesNotContain(doc.Entities, e => e.Name is "Christmas" or "SDK" or "GHz" or "GDP");
        Get(doc, "ukraine");                            // "Kyiv said": the capital speaks for the country
    }

    [Fact]
    public void A_corporate_title_is_not_a_person()
    {
        var doc = Annotate("Profits fell, said Nadia Orlova, Chief Operating Officer of the grid company, and its Chief Financial Officer agreed.");
        Assert.DoesNotContain(doc.Entities, e => e.Type == "PERSON" && e.Name.Contains("Officer"));
        Assert.Equal("PERSON", Get(doc, "nadia-orlova").Type);
    }

    [Fact]
    public void A_transliteration_variant_links_to_the_canonical_place()
    {
        var doc = Annotate("Air raid sirens sounded across Kiev on Sunday night, city officials reported.");
        var kyiv = Get(doc, "kyiv");
        Assert.Equal("Kyiv", kyiv.Name);
        Assert.Equal("Kiev", Assert.Single(kyiv.Mentions).Text);
    }

    [Fact]
    public void An_unknown_person_after_a_title_is_discovered_with_a_stable_id_and_role()
    {
        var doc = Annotate("Deputy Agriculture Minister Taras Hnatiuk told reporters the harvest would be smaller. Hnatiuk blamed the drought.");
        var p = Get(doc, "taras-hnatiuk");
        Assert.Equal("PERSON", p.Type);
        Assert.False(p.InKnowledgeBase);
        Assert.Contains(p.Roles, r => r.Contains("Deputy Agriculture Minister"));
        Assert.Contains(p.Mentions, m => m.Text == "Hnatiuk" && m.Rule == "surname");
    }

    [Fact]
    public void A_role_after_a_comma_becomes_the_persons_role()
    {
        var doc = Annotate("Olena Marchuk, Ukraine's ambassador to Chile, said the embassy would stay open.");
        var p = Get(doc, "olena-marchuk");
        Assert.Contains(p.Roles, r => r.Contains("ambassador to Chile"));
        Assert.Equal("UKR", p.Country);
    }

    [Fact]
    public void The_kremlin_is_a_metonym_for_the_russian_state()
    {
        var doc = Annotate("The Kremlin dismissed the proposal as a publicity stunt on Tuesday.");
        var russia = Get(doc, "russia");
        var m = Assert.Single(russia.Mentions);
        Assert.Equal("The Kremlin", m.Text);
        Assert.Equal("metonym", m.Rule);
    }

    [Fact]
    public void A_capital_after_a_locative_word_stays_the_city()
    {
        var doc = Annotate("Moscow said the offer was unserious. The delegation landed in Moscow two days later.");
        Assert.Contains(Get(doc, "russia").Mentions, m => m.Start == 0);
        Assert.Contains(Get(doc, "moscow").Mentions, m => m.Start > 10);
    }

    [Fact]
    public void A_pronoun_in_the_next_paragraph_resolves_to_the_person_named_before()
    {
        var doc = Annotate("Antonio Tajani arrived in Warsaw on Monday for a meeting of ministers.\nHe told reporters that the talks would continue next week.");
        var tajani = Get(doc, "antonio-tajani");
        var he = doc.Text.IndexOf("He told", StringComparison.Ordinal);
        Assert.Contains(tajani.Mentions, m => m.Start == he && m.Rule == "pronoun");
        var hit = new EntityIndex(doc).At(he);
        Assert.Equal("antonio-tajani", hit!.Value.Entity.Id);
    }

    [Fact]
    public void A_female_pronoun_skips_a_male_person()
    {
        var doc = Annotate("Maria Zakharova answered questions after Sergei Lavrov left the room. She said the ministry would respond.");
        var she = doc.Text.IndexOf("She said", StringComparison.Ordinal);
        Assert.Contains(Get(doc, "maria-zakharova").Mentions, m => m.Start == she);
    }

    [Theory]
    [InlineData("2023-05-01", "rishi-sunak")]
    [InlineData("2025-05-01", "keir-starmer")]
    public void A_role_description_resolves_to_the_holder_on_the_document_date(string date, string id)
    {
        var doc = Annotate("The British prime minister promised more air defence systems for Ukraine.", date);
        var p = Get(doc, id);
        Assert.Contains(p.Mentions, m => m.Text == "The British prime minister" && m.Rule == "role");
    }

    [Fact]
    public void A_surname_links_to_the_full_name_seen_earlier()
    {
        var doc = Annotate("Sergei Lavrov met his Turkish counterpart in Antalya. Lavrov later said no date had been set.");
        var lavrov = Get(doc, "sergei-lavrov");
        Assert.Equal(2, lavrov.Mentions.Count(m => m.Rule != "pronoun"));
        Assert.Contains(lavrov.Mentions, m => m.Text == "Lavrov" && m.Rule == "surname");
        Assert.DoesNotContain(doc.Entities, e => e.Id == "lavrov");
    }

    [Fact]
    public void An_honorific_and_surname_link_to_the_person_and_keep_the_honorific_in_the_span()
    {
        var doc = Annotate("Volodymyr Zelenskyy spoke by video link. Mr. Zelenskyy asked for more artillery shells.");
        Assert.Contains(Get(doc, "volodymyr-zelensky").Mentions, m => m.Text == "Mr. Zelenskyy" && m.Rule == "honorific");
    }

    [Fact]
    public void A_possessive_is_not_part_of_the_name()
    {
        var doc = Annotate("Poland’s president and Hungary's foreign minister disagreed sharply.");
        Assert.Equal("Poland", Get(doc, "poland").Mentions[0].Text);
        Assert.Equal("Hungary", Get(doc, "hungary").Mentions[0].Text);
    }

    [Fact]
    public void A_lower_case_word_that_spells_a_country_is_not_the_country()
    {
        var doc = Annotate("Families shared turkey and bread while us reporters waited outside.");
        Assert.DoesNotContain(doc.Entities, e => e.Id is "turkey" or "united-states");
    }

    [Fact]
    public void An_anaphor_refers_back_to_the_organization_named_before()
    {
        var doc = Annotate("The International Atomic Energy Agency sent inspectors to the plant. The agency said the cooling pond was stable.");
        Assert.Contains(Get(doc, "international-atomic-energy-agency").Mentions, m => m.Text == "The agency" && m.Rule == "anaphor");
    }

    [Fact]
    public void An_organization_name_is_discovered_from_its_head_word()
    {
        var doc = Annotate("The announcement came from the Estonian Cyber Defence Directorate late on Friday.");
        var org = Get(doc, "estonian-cyber-defence-directorate");
        Assert.Equal("ORG", org.Type);
    }

    [Fact]
    public void Every_mention_span_matches_the_text()
    {
        var doc = Annotate("Kremlin spokesman Dmitry Peskov said Russia’s position had not changed. Peskov added that Kyiv must accept it.");
        foreach (var e in doc.Entities)
            foreach (var m in e.Mentions)
                Assert.Equal(m.Text, doc.Text[m.Start..m.End]);
        Assert.Contains(Get(doc, "dmitry-peskov").Roles, r => r == "Kremlin spokesman");
    }
}
