using System;
using System.Collections;
using System.Collections.Generic;

namespace Mentorship.Domain.Monitoring.Indicators;

/// <summary>
/// The identifiers an indicator counted, kept cheaply while computing: an identifier is a text, or a pair of texts
/// joined with <c>/</c> only when read (plan items, roadmap activities), and a municipality's list is a view over its
/// organisations' lists rather than a copy. Read-only once the indicator is built.
/// </summary>
internal sealed class DrillDownList : IReadOnlyList<string>
{
    private readonly List<(string Head, string? Tail)> _own = [];
    private readonly DrillDownList[] _parts;
    private readonly int[] _offsets;

    public DrillDownList()
    {
        _parts = [];
        _offsets = [];
    }

    private DrillDownList(DrillDownList[] parts)
    {
        _parts = parts;
        _offsets = new int[parts.Length + 1];
        for (var i = 0; i < parts.Length; i++)
        {
            _offsets[i + 1] = _offsets[i] + parts[i].Count;
        }
    }

    public int Count => _parts.Length == 0 ? _own.Count : _offsets[_parts.Length];

    public string this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            if (_parts.Length == 0)
            {
                var (head, tail) = _own[index];
                return tail is null ? head : head + "/" + tail;
            }

            var part = Array.BinarySearch(_offsets, index);
            if (part < 0)
            {
                part = ~part - 1;
            }

            // Skip empty parts that share an offset with the next.
            while (_offsets[part + 1] <= index)
            {
                part++;
            }

            return _parts[part][index - _offsets[part]];
        }
    }

    /// <summary>A view of several lists one after another.</summary>
    public static DrillDownList Concat(DrillDownList[] parts) => new(parts);

    public void Add(string id) => _own.Add((id, null));

    public void Add(string head, string tail) => _own.Add((head, tail));

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
