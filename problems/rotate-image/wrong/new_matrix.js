// verdict: wrong_answer
// Builds the rotated image in a new array and rebinds the parameter: the caller's
// matrix is never changed (example 1 stays [[1,2,3],[4,5,6],[7,8,9]]).
var rotate = function(matrix) {
    const n = matrix.length;
    const rotated = [];
    for (let i = 0; i < n; i++) {
        rotated.push([]);
        for (let j = 0; j < n; j++) rotated[i].push(matrix[n - 1 - j][i]);
    }
    matrix = rotated;
};
