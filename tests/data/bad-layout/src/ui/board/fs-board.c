#include "fs-board.h"
#include "fs-card-private.h"
