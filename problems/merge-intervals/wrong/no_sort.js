// verdict: wrong_answer
// Never sorts: merges each range only into the one before it in the input order, so
// overlapping ranges that are not next to each other stay apart ([[4,7],[1,4]] passes by
// luck of the comparison below, but [[2,3],[4,5],[6,7],[8,9],[1,10]] gives five ranges).
var merge = function(intervals) {
    const merged = [];
    for (const [start, end] of intervals) {
        const last = merged[merged.length - 1];
        if (last && start <= last[1] && end >= last[0]) {
            last[0] = Math.min(last[0], start);
            last[1] = Math.max(last[1], end);
        } else {
            merged.push([start, end]);
        }
    }
    return merged;
};
