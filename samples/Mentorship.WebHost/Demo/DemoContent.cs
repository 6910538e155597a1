namespace Mentorship.WebHost.Demo;

/// <summary>What the demo seed puts into an empty database (<c>Demo:Content</c>).</summary>
public enum DemoContent
{
    /// <summary>The demo year lived to the demo date: banks, pairs and groups with their orders, programmes, questionnaires, staff, roadmap progress.</summary>
    Year,

    /// <summary>Only the banks, the roadmap and the staff list as taken in on 20 May: a walkthrough of the year from its start.</summary>
    Banks,
}
