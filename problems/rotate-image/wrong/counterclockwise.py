# verdict: wrong_answer
# Transposes, then reverses the order of the rows instead of each row: that is a
# counter-clockwise rotation (example 1 gives [[3,6,9],[2,5,8],[1,4,7]]).
class Solution:
    def rotate(self, matrix: List[List[int]]) -> None:
        n = len(matrix)
        for i in range(n):
            for j in range(i + 1, n):
                matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
        matrix.reverse()
