function generateParenthesis(n: number): string[] {
    const result = [];
    const build = (prefix, opened, closed) => {
        if (prefix.length === 2 * n) {
            result.push(prefix);
            return;
        }
        if (opened < n) build(prefix + '(', opened + 1, closed);
        if (closed < opened) build(prefix + ')', opened, closed + 1);
    };
    build('', 0, 0);
    return result;
};
