using Bleiberecht.Testing;
using System.Threading.Channels;
using Bleiberecht.Functions.Hosting;
using Bleiberecht.Functions.Standalone;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bleiberecht.Functions.Tests.Standalone;

public sealed class TimerLoopTests
{
    private static readonly FunctionDefinition Clock = new("Clock", TriggerKind.Timer, Schedule: "0 */5 * * * *");

    [Fact]
    public async Task Ticks_at_each_occurrence_of_the_schedule_and_not_before()
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 11, 21, 10, 58, 0, TimeSpan.Zero));
        var ticks = Channel.CreateUnbounded<TimerInvocation>();
        using var stop = new CancellationTokenSource();
        var loop = Start(time, ticks, stop.Token);

        await WaitUntilParkedAsync(time);
        time.Advance(TimeSpan.FromSeconds(119));
        await WaitUntilParkedAsync(time);
        Assert.False(ticks.Reader.TryRead(out _));

        time.Advance(TimeSpan.FromSeconds(1));
        var first = await ticks.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        await WaitUntilParkedAsync(time);
        time.Advance(TimeSpan.FromMinutes(5));
        var second = await ticks.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(new DateTimeOffset(2026, 11, 21, 11, 0, 0, TimeSpan.Zero), first.ScheduledFor);
        Assert.False(first.IsPastDue);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 11, 5, 0, TimeSpan.Zero), first.Next);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 11, 5, 0, TimeSpan.Zero), second.ScheduledFor);
        await stop.CancelAsync();
        await loop.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_late_tick_is_past_due_and_missed_occurrences_are_not_replayed()
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 11, 21, 10, 58, 0, TimeSpan.Zero));
        var ticks = Channel.CreateUnbounded<TimerInvocation>();
        using var stop = new CancellationTokenSource();
        var loop = Start(time, ticks, stop.Token);

        await WaitUntilParkedAsync(time);
        time.Advance(TimeSpan.FromMinutes(13)); // 11:11: the 11:00, 11:05 and 11:10 occurrences have passed
        var late = await ticks.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        await WaitUntilParkedAsync(time);

        Assert.True(late.IsPastDue);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 11, 0, 0, TimeSpan.Zero), late.ScheduledFor);
        Assert.False(ticks.Reader.TryRead(out _));
        time.Advance(TimeSpan.FromMinutes(4)); // 11:15
        var next = await ticks.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 11, 15, 0, TimeSpan.Zero), next.ScheduledFor);
        await stop.CancelAsync();
        await loop.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private static Task Start(ManualTimeProvider time, Channel<TimerInvocation> ticks, CancellationToken cancellationToken)
    {
        var loop = new TimerLoop(Clock, CronSchedule.Parse(Clock.Schedule!), async (invocation, _) => await ticks.Writer.WriteAsync(invocation), time, NullLogger.Instance);
        return Task.Run(() => loop.RunAsync(cancellationToken));
    }

    private static async Task WaitUntilParkedAsync(ManualTimeProvider time)
    {
        for (var i = 0; i < 500 && time.WaitingTimers == 0; i++)
        {
            await Task.Delay(10);
        }

        Assert.Equal(1, time.WaitingTimers);
    }
}
