//! brief: a static-site generator for briefing microsites.
