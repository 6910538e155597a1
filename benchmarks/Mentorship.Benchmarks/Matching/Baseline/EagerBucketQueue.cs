namespace Mentorship.Benchmarks.Matching.Baseline;

/// <summary>
/// The matcher as it was before lazy arcs (commit 6622acf), kept verbatim for side-by-side benchmarks.
/// 
/// A monotone bucket queue (Dial's) over small non-negative integer keys: push any key not below the last
/// popped one, pop the smallest. Items inside one bucket come out last in, first out, which is deterministic.
/// </summary>
internal sealed class EagerBucketQueue
{
    private int[][] _buckets = new int[64][];
    private int[] _counts = new int[64];
    private int _current;
    private int _highest = -1;

    /// <summary>Empties the queue and starts again from key 0.</summary>
    public void Clear()
    {
        for (var k = _current; k <= _highest; k++)
        {
            _counts[k] = 0;
        }

        _current = 0;
        _highest = -1;
    }

    /// <summary>Adds an item.</summary>
    public void Push(int key, int item)
    {
        if (key >= _counts.Length)
        {
            var size = Math.Max(key + 1, _counts.Length * 2);
            Array.Resize(ref _buckets, size);
            Array.Resize(ref _counts, size);
        }

        var bucket = _buckets[key];
        if (bucket is null)
        {
            bucket = new int[16];
            _buckets[key] = bucket;
        }
        else if (_counts[key] == bucket.Length)
        {
            Array.Resize(ref bucket, bucket.Length * 2);
            _buckets[key] = bucket;
        }

        bucket[_counts[key]++] = item;
        if (key > _highest)
        {
            _highest = key;
        }
    }

    /// <summary>Removes an item with the smallest key, if any.</summary>
    public bool TryPop(out int key, out int item)
    {
        while (_current <= _highest)
        {
            var count = _counts[_current];
            if (count > 0)
            {
                _counts[_current] = count - 1;
                key = _current;
                item = _buckets[_current][count - 1];
                return true;
            }

            _current++;
        }

        key = 0;
        item = 0;
        return false;
    }
}
