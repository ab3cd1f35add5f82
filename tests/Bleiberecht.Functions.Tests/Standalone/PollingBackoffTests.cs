using Bleiberecht.Functions.Standalone;
using FsCheck;
using FsCheck.Fluent;

namespace Bleiberecht.Functions.Tests.Standalone;

public sealed class PollingBackoffTests
{
    [Fact]
    public void Empty_polls_double_the_wait_up_to_the_maximum_and_work_resets_it()
    {
        var backoff = new PollingBackoff(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(1));

        var waits = Enumerable.Range(0, 6).Select(_ => backoff.NextDelay().TotalMilliseconds).ToArray();
        backoff.Reset();

        Assert.Equal([100, 200, 400, 800, 1000, 1000], waits);
        Assert.Equal(TimeSpan.FromMilliseconds(100), backoff.NextDelay());
    }

    [Fact]
    public void Wait_always_stays_between_minimum_and_maximum()
    {
        Prop.ForAll(Arb.From(Gen.Choose(1, 5_000)), Arb.From(Gen.Choose(0, 60_000)), Arb.From(Gen.ListOf(Gen.Elements(true, false))), (min, extra, steps) =>
        {
            var (minimum, maximum) = (TimeSpan.FromMilliseconds(min), TimeSpan.FromMilliseconds(min + extra));
            var backoff = new PollingBackoff(minimum, maximum);
            foreach (var empty in steps)
            {
                if (!empty)
                {
                    backoff.Reset();
                    continue;
                }

                var wait = backoff.NextDelay();
                if (wait < minimum || wait > maximum)
                {
                    return false;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }
}
