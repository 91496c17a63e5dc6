#pragma once
#include "fs-card.h"
