// Self-test of the pyscape/java image: copies stdin to stdout (compiled by javac, run by java).
class Main {
    public static void main(String[] args) throws java.io.IOException {
        System.in.transferTo(System.out);
        System.out.flush();
    }
}
