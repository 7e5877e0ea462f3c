// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/diarycontext.h"

namespace rls {

DiaryContext::DiaryContext(DiaryStore &store, bool demo, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_demo(demo)
{ }

} // namespace rls
