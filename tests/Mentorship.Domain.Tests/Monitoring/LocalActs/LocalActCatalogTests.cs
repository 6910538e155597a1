using Mentorship.Domain.Monitoring.LocalActs;

namespace Mentorship.Domain.Tests.Monitoring.LocalActs;

public class LocalActCatalogTests
{
    [Theory]
    [InlineData("Приказ «О создании и функционировании системы наставничества педагогических работников МБОУ ДО ЦДТ", LocalActKind.SystemOrder)]
    [InlineData("Положение о системе наставничества педагогических работников в МБОУ ДО ЦДТ", LocalActKind.Regulation)]
    [InlineData("Дорожная карта (план мероприятий) внедрению системы наставничества", LocalActKind.Roadmap)]
    [InlineData("Приказ(ы) о закреплении наставнических пар/групп с письменного согласия их участников", LocalActKind.FixingOrder)]
    [InlineData("Подготовка персонализированных программ наставничества – при наличии в организации наставляемых", LocalActKind.PersonalizedPrograms)]
    [InlineData("Разработка и утверждение персонализированных программ наставничества для каждой пары/группы.", LocalActKind.PersonalizedPrograms)]
    [InlineData("Приказ о закреплении наставнических пар/групп", LocalActKind.FixingOrder)]
    [InlineData("Приказ о назначении куратора внедрения целевой модели", LocalActKind.CoordinatorOrder)]
    [InlineData("Положение о материальном стимулировании наставников", LocalActKind.MentorEncouragement)]
    [InlineData("Приказ об установлении доплат наставникам", LocalActKind.MentorEncouragement)]
    [InlineData("Программа наставничества МБОУ СОШ № 3", LocalActKind.MentorshipProgramme)]
    [InlineData("Раздел «Наставничество» на официальном сайте", LocalActKind.WebsiteSection)]
    [InlineData("Приказ об утверждении Положения о наставничестве", LocalActKind.Regulation)]
    [InlineData("План мероприятий по внедрению", LocalActKind.Roadmap)]
    [InlineData("Приказ об утверждении персонализированных программ наставничества", LocalActKind.PersonalizedPrograms)]
    [InlineData("Приказ об утверждении дорожной карты", LocalActKind.Roadmap)]
    [InlineData("Приказ о внедрении целевой модели наставничества", LocalActKind.SystemOrder)]
    [InlineData("Приказ о функционировании системы наставничества", LocalActKind.SystemOrder)]
    [InlineData("Программы персонализированные для молодых специалистов", LocalActKind.PersonalizedPrograms)]
    [InlineData("Положение о поощрении наставников", LocalActKind.MentorEncouragement)]
    public void KindOfDeliverable_DocumentNames_AreRead(string title, LocalActKind kind) =>
        LocalActCatalog.KindOfDeliverable(title).Should().Be(kind);

    [Theory]
    [InlineData("Справка по итогам анализа реализации программ наставничества.")]
    [InlineData("Освещение мероприятий дорожной карты осуществляется на сайте образовательной организации")]
    [InlineData("База наставляемых с перечнем запросов")]
    [InlineData("Анализ банка наставников и выбор подходящих конкретной персонализированных программы наставничества.")]
    [InlineData("Приказ об утверждении графика отпусков")]
    [InlineData("Положение о порядке аттестации")]
    [InlineData("Программа развития школы")]
    [InlineData("Раздел отчёта о самообследовании")]
    [InlineData("")]
    [InlineData(null)]
    public void KindOfDeliverable_OtherWork_IsNoAct(string? title) =>
        LocalActCatalog.KindOfDeliverable(title).Should().BeNull();

    [Fact]
    public void Title_EveryKind_HasARussianName_InTheChecklistOrder()
    {
        LocalActCatalog.Kinds.Should().Equal(Enum.GetValues<LocalActKind>());
        LocalActCatalog.Kinds.Select(LocalActCatalog.Title).Should().OnlyHaveUniqueItems().And.OnlyContain(t => t.Length > 10);
        LocalActCatalog.Title(LocalActKind.Regulation).Should().Be("Положение о системе наставничества");
    }
}
