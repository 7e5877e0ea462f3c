// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/logging.h"

Q_LOGGING_CATEGORY(lcStorage, "rlsdiary.storage")
Q_LOGGING_CATEGORY(lcDemo, "rlsdiary.demo")
Q_LOGGING_CATEGORY(lcCsv, "rlsdiary.csv")
