package org.quotestance.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Trains a learned layer from gold data and writes the model and its provenance.",
        subcommands = { TrainQuotesCommand.class, TrainStanceCommand.class, TrainLocationsCommand.class })
final class TrainCommand implements Callable<Integer> {

    static final Path DEFAULT_DATA = Path.of("../shared/data");

    @Override
    public Integer call() {
        System.err.println("name the layer to train, e.g. `quotestance train stance --help`");
        return 2;
    }
}
