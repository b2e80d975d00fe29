package org.quotestance.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "quotestance", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Turns news articles into an annotated research corpus: speakers, quotes, locations "
                + "and stance, exported as XMI and CSV.",
        subcommands = { AnnotateCommand.class, EvalCommand.class, TrainCommand.class })
public final class Main {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + e.getMessage());
            return 2;
        });
        return cli;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] { "quotestance " + Version.get() };
        }
    }
}
