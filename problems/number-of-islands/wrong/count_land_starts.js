// verdict: wrong_answer
// Counts a new island at every land cell whose upper and left neighbours are water. A
// U-shaped island is counted twice (its two arms start separately): [["1","0","1"],
// ["1","1","1"]] gives 2 instead of 1.
var numIslands = function(grid) {
    let islands = 0;
    for (let i = 0; i < grid.length; i++) {
        for (let j = 0; j < grid[0].length; j++) {
            if (grid[i][j] !== '1') continue;
            const up = i > 0 && grid[i - 1][j] === '1';
            const left = j > 0 && grid[i][j - 1] === '1';
            if (!up && !left) islands++;
        }
    }
    return islands;
};
