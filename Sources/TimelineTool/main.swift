import Foundation
import TimelineCLI

exit(TimelineCommandLine.run(Array(CommandLine.arguments.dropFirst())))
