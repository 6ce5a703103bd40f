using System.Threading.RateLimiting;

namespace Procountor.Sdk;

/// <summary>
/// At most <c>permitLimit</c> permits in any window of <c>window</c> length, waiters served first come first served.
/// </summary>
/// <remarks>
/// A <see cref="RateLimiter"/> of System.Threading.RateLimiting, written here because that library's replenishing
/// limiters read <see cref="System.Diagnostics.Stopwatch"/> directly, even when replenished by hand, so they cannot
/// follow a <see cref="TimeProvider"/>. Keeping the send times of the last window is also exact where a segmented
/// window lets up to twice the rate through across a segment boundary.
/// </remarks>
internal sealed class SlidingLogRateLimiter : RateLimiter
{
    private readonly int _permitLimit;
    private readonly TimeSpan _window;
    private readonly int _queueLimit;
    private readonly TimeProvider _time;
    private readonly ITimer _wakeUp;
    private readonly Queue<long> _granted = new();
    private readonly LinkedList<Waiter> _waiters = new();
    private readonly Lock _lock = new();
    private long _idleSince;
    private bool _disposed;

    public SlidingLogRateLimiter(int permitLimit, TimeSpan window, int queueLimit, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permitLimit, 1);
        _permitLimit = permitLimit;
        _window = window;
        _queueLimit = queueLimit;
        _time = time;
        _idleSince = time.GetTimestamp();
        _wakeUp = time.CreateTimer(static state => ((SlidingLogRateLimiter)state!).ServeWaiters(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_lock)
                return _waiters.Count == 0 && Available() == _permitLimit ? _time.GetElapsedTime(_idleSince) : null;
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_lock)
            return new RateLimiterStatistics { CurrentAvailablePermits = Available(), CurrentQueuedCount = _waiters.Count };
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        CheckCount(permitCount);
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _waiters.Count == 0 && TryGrant(permitCount) ? Lease.Acquired : Lease.Rejected;
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        CheckCount(permitCount);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_waiters.Count == 0 && TryGrant(permitCount))
                return new(Lease.Acquired);
            if (_waiters.Count >= _queueLimit)
                return new(Lease.Rejected);

            var waiter = new Waiter(permitCount);
            var node = _waiters.AddLast(waiter);
            waiter.Cancellation = cancellationToken.Register(static state =>
            {
                var (self, node) = ((SlidingLogRateLimiter, LinkedListNode<Waiter>))state!;
                lock (self._lock)
                {
                    if (node.List is not null)
                        self._waiters.Remove(node);
                }
                node.Value.Completion.TrySetCanceled();
            }, (this, node));
            ScheduleWakeUp();
            return new(waiter.Completion.Task);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (!disposing)
            return;
        lock (_lock)
        {
            if (_disposed)
                return;
            _disposed = true;
            foreach (var waiter in _waiters)
                waiter.Completion.TrySetResult(Lease.Rejected);
            _waiters.Clear();
        }
        _wakeUp.Dispose();
    }

    private void ServeWaiters()
    {
        lock (_lock)
        {
            while (_waiters.First is { } first && TryGrant(first.Value.Permits))
            {
                _waiters.RemoveFirst();
                first.Value.Cancellation.Dispose();
                first.Value.Completion.TrySetResult(Lease.Acquired);
            }
            if (_waiters.Count > 0)
                ScheduleWakeUp();
        }
    }

    private bool TryGrant(int permits)
    {
        if (Available() < permits)
            return false;
        var now = _time.GetTimestamp();
        for (var i = 0; i < permits; i++)
            _granted.Enqueue(now);
        _idleSince = now;
        return true;
    }

    private int Available()
    {
        while (_granted.Count > 0 && _time.GetElapsedTime(_granted.Peek()) >= _window)
            _granted.Dequeue();
        return _permitLimit - _granted.Count;
    }

    // When the oldest grant leaves the window, a permit frees up.
    private void ScheduleWakeUp()
    {
        var due = _granted.Count == 0 ? TimeSpan.Zero : _window - _time.GetElapsedTime(_granted.Peek());
        _wakeUp.Change(due < TimeSpan.Zero ? TimeSpan.Zero : due, Timeout.InfiniteTimeSpan);
    }

    private void CheckCount(int permitCount)
    {
        if (permitCount < 0 || permitCount > _permitLimit)
            throw new ArgumentOutOfRangeException(nameof(permitCount), permitCount, $"permitCount must be between 0 and {_permitLimit}.");
    }

    private sealed class Waiter(int permits)
    {
        public int Permits { get; } = permits;
        public TaskCompletionSource<RateLimitLease> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public CancellationTokenRegistration Cancellation { get; set; }
    }

    private sealed class Lease(bool acquired) : RateLimitLease
    {
        public static readonly Lease Acquired = new(true);
        public static readonly Lease Rejected = new(false);

        public override bool IsAcquired { get; } = acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
