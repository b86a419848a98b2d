#pragma once

namespace thuky::cli {
/** The whole of thuky-cli: parses, dispatches, maps errors to exit codes. */
int main(int argc, char **argv);
}
