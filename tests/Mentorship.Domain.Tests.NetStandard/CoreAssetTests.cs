using System.Reflection;
using System.Runtime.Versioning;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Tests.NetStandard;

/// <summary>Proves that this run tests the netstandard2.0 build, not the net10.0 one.</summary>
public sealed class CoreAssetTests
{
    [Fact]
    public void TheCoreUnderTest_IsTheNetStandard20Build()
    {
        var framework = typeof(Educator).Assembly.GetCustomAttribute<TargetFrameworkAttribute>();

        framework.Should().NotBeNull();
        framework!.FrameworkName.Should().Be(".NETStandard,Version=v2.0");
    }
}
