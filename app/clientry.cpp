#include "climain.h"

int main(int argc, char **argv)
{
    return thuky::cli::main(argc, argv);
}
