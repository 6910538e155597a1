namespace Mentorship.Domain.Documents;

/// <summary>What a <see cref="DocumentBlock"/> is; a renderer lays each kind out in its own way.</summary>
public enum DocumentBlockKind
{
    /// <summary>A centred bold line: the institution's name above an order, a title's second line.</summary>
    Centered = 1,

    /// <summary>The document's title («Приказ», «Персонализированная программа наставничества»).</summary>
    Title = 2,

    /// <summary>A heading: an order's subject («О закреплении …») or a numbered section («1. Общие сведения»).</summary>
    Heading = 3,

    /// <summary>A heading inside a section (a respondent role, a SWOT quadrant).</summary>
    Subheading = 4,

    /// <summary>A paragraph of running text.</summary>
    Paragraph = 5,

    /// <summary>A bold paragraph (the organisation under a report's title).</summary>
    Strong = 6,

    /// <summary>A numbered item: <see cref="DocumentBlock.Label"/> is the number («1.», «2.»), <see cref="DocumentBlock.Text"/> the text.</summary>
    Item = 7,

    /// <summary>A bulleted list: <see cref="DocumentBlock.Items"/>.</summary>
    Bullets = 8,

    /// <summary>Text at the left and at the right of one line: an order's date and number.</summary>
    Split = 9,

    /// <summary>A signature line: who (<see cref="DocumentBlock.Text"/>), a blank to sign on, the name or the date (<see cref="DocumentBlock.Right"/>).</summary>
    Signature = 10,

    /// <summary>
    /// The approval block «УТВЕРЖДАЮ»: the post (<see cref="DocumentBlock.Text"/>), a blank to sign on, the name
    /// (<see cref="DocumentBlock.Right"/>) and the date of approval or a blank date (<see cref="DocumentBlock.Label"/>).
    /// </summary>
    Approval = 11,

    /// <summary>A table: <see cref="DocumentBlock.Table"/>.</summary>
    Table = 12,

    /// <summary>A chart of figures already shown in a table: <see cref="DocumentBlock.Chart"/>. Text renderers leave it out.</summary>
    Chart = 13,
}
