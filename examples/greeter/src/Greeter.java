/** The small program the build-test-deploy example builds, tests and ships. */
public final class Greeter {

    static String greet(String name) {
        if (name == null || name.isBlank()) {
            return "Hello, world!";
        }
        return "Hello, " + name.strip() + "!";
    }

    public static void main(String[] args) {
        System.out.println(greet(args.length > 0 ? String.join(" ", args) : null));
    }
}
