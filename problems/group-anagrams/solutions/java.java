class Solution {
    public List<List<String>> groupAnagrams(String[] strs) {
        Map<String, List<String>> groups = new HashMap<>();
        for (String s : strs) {
            // the key: how often each letter occurs (26 counts, each <= 100, fit in a char)
            char[] count = new char[26];
            for (int i = 0; i < s.length(); i++) count[s.charAt(i) - 'a']++;
            String key = new String(count);
            List<String> group = groups.get(key);
            if (group == null) {
                group = new ArrayList<>();
                groups.put(key, group);
            }
            group.add(s);
        }
        return new ArrayList<>(groups.values());
    }
}
