//! Zed starts language servers only from extensions: this one runs `brief lsp` (found on
//! the `PATH` of the project's shell) for Markdown files. The server finds each file's
//! site (the nearest `brief.yaml` above it) itself, and ignores files outside any site.

use zed_extension_api::{self as zed, LanguageServerId, Result};

struct Brief;

impl zed::Extension for Brief {
    fn new() -> Self {
        Brief
    }

    fn language_server_command(
        &mut self,
        _id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<zed::Command> {
        let command = worktree.which("brief").ok_or_else(|| {
            "`brief` is not on your PATH: install it with `cargo install --path .` in a clone of brief"
                .to_string()
        })?;
        Ok(zed::Command {
            command,
            args: vec!["lsp".into()],
            env: Vec::new(),
        })
    }
}

zed::register_extension!(Brief);
