using Microsoft.Extensions.Time.Testing;

namespace Procountor.Sdk.Tests;

public sealed class SlidingLogRateLimiterTests
{
    [Fact]
    public async Task No_window_of_one_second_holds_more_than_the_limit()
    {
        var time = new FakeTimeProvider();
        using var limiter = new SlidingLogRateLimiter(3, TimeSpan.FromSeconds(1), 10, time);

        Assert.True(limiter.AttemptAcquire().IsAcquired);
        time.Advance(TimeSpan.FromMilliseconds(600));
        Assert.True(limiter.AttemptAcquire().IsAcquired);
        Assert.True(limiter.AttemptAcquire().IsAcquired);
        Assert.False(limiter.AttemptAcquire().IsAcquired);
        var waiting = limiter.AcquireAsync().AsTask();
        time.Advance(TimeSpan.FromMilliseconds(399));
        Assert.False(waiting.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.True((await waiting.WaitAsync(TimeSpan.FromSeconds(10))).IsAcquired);
        Assert.False(limiter.AttemptAcquire().IsAcquired);
    }

    [Fact]
    public async Task Waiters_are_served_in_order_and_a_cancelled_one_leaves_the_queue()
    {
        var time = new FakeTimeProvider();
        using var limiter = new SlidingLogRateLimiter(1, TimeSpan.FromSeconds(1), 10, time);
        limiter.AttemptAcquire();
        using var cancel = new CancellationTokenSource();
        var first = limiter.AcquireAsync(1, cancel.Token).AsTask();
        var second = limiter.AcquireAsync().AsTask();

        await cancel.CancelAsync();
        time.Advance(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.True((await second.WaitAsync(TimeSpan.FromSeconds(10))).IsAcquired);
        Assert.Equal(0, limiter.GetStatistics()!.CurrentQueuedCount);
    }
}
