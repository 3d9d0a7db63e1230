using Parley.Knowledge;

namespace Parley.Tests.Knowledge;

public class ActorKnowledgeTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Default;

    [Fact]
    public void Every_un_member_state_has_a_country_entry_with_an_iso_code()
    {
        var countries = Kb.Actors.Where(a => a.Section == "countries").ToList();
        Assert.True(countries.Count >= 193, $"only {countries.Count} countries");
        Assert.All(countries, c => Assert.Matches("^[A-Z]{3}$", c.Country!));
        Assert.Equal("TUR", Kb.CountryByCode("TUR")!.Country);
    }

    [Theory]
    [InlineData("Türkiye", "turkey")]
    [InlineData("Czechia", "czech-republic")]
    [InlineData("Cote d'Ivoire", "ivory-coast")]
    [InlineData("Burgenstock", "burgenstock")]
    [InlineData("ZELENSKIY", "volodymyr-zelensky")]
    [InlineData("Kiev", "kyiv")]
    [InlineData("Zaporozhye", "zaporizhzhia")]
    public void Lookup_ignores_case_diacritics_and_transliteration_variants(string surface, string id) =>
        Assert.Contains(Kb.Lookup(surface), a => a.Id == id);

    [Fact]
    public void Lookup_treats_typographic_and_plain_apostrophes_alike() =>
        Assert.Contains(Kb.Lookup("Donetsk People’s Republic"), a => a.Id == "donetsk-peoples-republic");

    [Fact]
    public void A_role_is_held_from_its_first_day_until_the_successor_takes_over()
    {
        var sunak = Kb.Actor("rishi-sunak")!;
        Assert.NotEmpty(KnowledgeBase.RolesOn(sunak, new DateOnly(2023, 5, 1)));
        Assert.Empty(KnowledgeBase.RolesOn(sunak, new DateOnly(2024, 7, 5)));
        Assert.NotEmpty(KnowledgeBase.RolesOn(Kb.Actor("keir-starmer")!, new DateOnly(2024, 7, 5)));
    }

    [Fact]
    public void A_user_file_adds_a_person_and_overrides_an_entry_by_id()
    {
        var path = Path.Combine(Path.GetTempPath(), $"parley-kb-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
        {"people": [{"id": "ivana-hordiienko", "name": "Ivana Hordiienko", "gender": "f", "country": "UKR",
                     "roles": [{"title": "Mayor of Bila Tserkva", "from": "2024-01-01", "actor_code": "UKRGOV"}]}],
         "places": [{"id": "kyiv", "name": "Kyiv", "type": "GPE", "country": "UKR", "aliases": ["Kyjiw"]}]}
        """);
        try
        {
            var kb = KnowledgeBase.Load([path]);
            Assert.Equal("Ivana Hordiienko", kb.Actor("ivana-hordiienko")!.Name);
            Assert.Contains(kb.Lookup("Kyjiw"), a => a.Id == "kyiv");
            Assert.DoesNotContain(kb.Lookup("Kiev"), a => a.Id == "kyiv" && a.Section == "places");
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Role_descriptions_are_built_from_office_and_country_words()
    {
        var hits = Kb.ActorDescriptors.Get(KbText.Keys("Ukraine's foreign minister"));
        var holders = KnowledgeBase.HoldersOn(hits, new DateOnly(2025, 3, 1));
        Assert.Equal("andrii-sybiha", Assert.Single(holders).Entry!.Id);
    }
}
