using Mentorship.Domain.Roadmap;
using Mentorship.Domain.Tests.TestHelpers;

namespace Mentorship.Domain.Tests.Roadmap;

public class ResponsiblePartyTests
{
    [Fact]
    public void Equality_IsOnTheNormalisedName()
    {
        Equality.Holds(
            ResponsibleParty.From("Заместитель директора"),
            ResponsibleParty.From("  заместитель   директора "),
            ResponsibleParty.From("директор"),
            ResponsibleParty.From("заместитель директора по УВР"));
    }

    [Theory]
    [InlineData("Директор", "директор")]
    [InlineData("ОО", "ОО")]
    [InlineData("  куратор \t программы ", "куратор программы")]
    [InlineData("Я", "я")]
    public void From_JoinsWordsByOneSpace_AndLowersACapitalisedFirstWord(string written, string name) =>
        ResponsibleParty.From(written).Name.Should().Be(name);

    [Fact]
    public void From_NameLongerThanTheLimit_Throws()
    {
        ResponsibleParty.From(new string('а', ResponsibleParty.MaxLength)).Name.Should().HaveLength(ResponsibleParty.MaxLength);
        var act = () => ResponsibleParty.From(new string('а', ResponsibleParty.MaxLength + 1));
        act.Should().Throw<ArgumentException>().WithParameterName("name");
    }
}
