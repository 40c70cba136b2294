package nianbao.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code nianbao} command line. Each subcommand is one class in this package, listed here. */
@Command(name = "nianbao",
        mixinStandardHelpOptions = true,
        version = "nianbao 0.1.0",
        description = {"政府信息公开工作年度报告的检索与核查工具。",
                "Search and check Chinese government information disclosure annual reports."},
        subcommands = {
                ReadCommand.class,
                ParseCommand.class,
                CheckCommand.class,
                IndexCommand.class,
                SearchCommand.class,
                ProblemsCommand.class,
                CompareCommand.class,
                ServeCommand.class,
                BenchCommand.class,
                CommandLine.HelpCommand.class,
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        // A query may start with '-' (an exclusion such as -微博): read it as the query, not as an unknown option.
        cl.getSubcommands().get("search").setUnmatchedOptionsArePositionalParams(true);
        // Bad arguments and failures get one line, never a stack trace.
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("错误 (error): " + ex.getMessage() + "；用法见 (see) " + cmd.getCommandSpec().qualifiedName()
                    + " --help");
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, cmd.getErr()); // "Did you mean: search?"
            return cmd.getCommandSpec().exitCodeOnInvalidInput();
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("错误 (error): " + ex.getMessage());
            return 2;
        });
        return cl;
    }
}
