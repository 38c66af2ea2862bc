function groupAnagrams(strs: string[]): string[][] {
    const groups = new Map();
    const count = new Array(26);
    for (const s of strs) {
        // the key: how often each letter occurs (26 counts)
        count.fill(0);
        for (let i = 0; i < s.length; i++) count[s.charCodeAt(i) - 97]++;
        const key = String.fromCharCode(...count);
        let group = groups.get(key);
        if (group === undefined) {
            group = [];
            groups.set(key, group);
        }
        group.push(s);
    }
    return Array.from(groups.values());
};
