//! The requests `brief lsp` answers, and the conversion of the pipeline's answers into
//! LSP types. Each handler finds the site and the brief, asks [`super::analysis`], and
//! places the answer with a [`LineIndex`] of the brief's text.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, CompletionItem,
    CompletionItemKind, CompletionParams, CompletionResponse, DiagnosticRelatedInformation,
    DiagnosticSeverity, DocumentChangeOperation, DocumentChanges, DocumentSymbol,
    DocumentSymbolParams, DocumentSymbolResponse, Documentation, GotoDefinitionParams,
    GotoDefinitionResponse, Hover, HoverContents, HoverParams, Location, MarkupContent, MarkupKind,
    NumberOrString, OneOf, OptionalVersionedTextDocumentIdentifier, Position,
    PrepareRenameResponse, Range, ReferenceParams, RenameFile, RenameParams, ResourceOp,
    SymbolKind, TextDocumentEdit, TextDocumentPositionParams, TextEdit, Url, WorkspaceEdit,
};

use super::analysis::{self, BriefRef, QuoteStatus};
use super::text::{Document, LineIndex, line_col_position};
use super::{FileKind, Server, SiteState, file_kind};
use crate::capture::provenance;
use crate::diagnostic::{Diagnostic, Kind, Severity, closest};
use crate::frontmatter::SourceText;
use crate::preview::View;
use crate::quote::Passage;
use crate::seed::Seed;

/// What the server offers, for the `initialize` answer.
pub fn initialize_result() -> serde_json::Value {
    serde_json::json!({
        "capabilities": {
            "positionEncoding": "utf-16",
            "textDocumentSync": { "openClose": true, "change": 2, "save": false },
            "completionProvider": { "triggerCharacters": ["@"] },
            "hoverProvider": true,
            "definitionProvider": true,
            "referencesProvider": true,
            "renameProvider": { "prepareProvider": true },
            "codeActionProvider": { "codeActionKinds": ["quickfix"] },
            "documentSymbolProvider": true,
        },
        "serverInfo": { "name": "brief", "version": env!("CARGO_PKG_VERSION") },
    })
}

/// The text of a site's file: the editor's buffer when open, else the disk's, normalised
/// as the loader normalises it (so its lines and columns are the loader's).
fn file_text(server: &Server, site: &SiteState, shown: &Path) -> Option<String> {
    let path = site.root.join(shown);
    let bytes = match server.docs.get(&path).map(|d| d.text.clone().into_bytes()) {
        Some(bytes) => bytes,
        None => std::fs::read(&path).ok()?,
    };
    SourceText::decode(shown, bytes).ok().map(|t| t.text)
}

/// Where the request points: the site, the file as shown, and the byte offset in the
/// loader's text of it.
struct Place {
    site: usize,
    shown: PathBuf,
    /// The file's text (normalised).
    text: String,
    offset: usize,
}

impl Server {
    fn place(&self, uri: &Url, pos: Position) -> Option<Place> {
        let path = uri.to_file_path().ok()?;
        let s = self.site_of(&path)?;
        let site = &self.sites[s];
        let shown = site.shown(&path)?;
        let text = file_text(self, site, &shown)?;
        let offset = LineIndex::new(&text).offset(pos);
        Some(Place {
            site: s,
            shown,
            text,
            offset,
        })
    }

    /// The brief at `place`, when the model holds its current text (not an older version
    /// kept while the file does not parse).
    fn fresh_brief<'a>(&'a self, place: &Place) -> Option<(View<'a>, BriefRef<'a>)> {
        let view = self.sites[place.site].preview.view()?;
        let b = analysis::brief(view, &place.shown)?;
        (*b.brief.text == *place.text).then_some((view, b))
    }

    /// The seed id at `place`: a citation's, one in `sources:`, or the seed file's own.
    fn seed_id_at(&self, place: &Place) -> Option<(String, Option<std::ops::Range<usize>>)> {
        match file_kind(&place.shown) {
            FileKind::Brief => {
                if let Some((_, b)) = self.fresh_brief(place)
                    && let Some(cite) = analysis::cite_at(b, place.offset)
                {
                    return Some((cite.id, Some(cite.id_span)));
                }
                let list = analysis::sources_list(&place.text);
                let (id, range) = list.id_at(place.offset)?;
                Some((id.clone(), Some(range.clone())))
            }
            FileKind::Seed => {
                let view = self.sites[place.site].preview.view()?;
                let seed = view.site.seeds.iter().find(|s| s.path == place.shown)?;
                Some((seed.id.clone(), None))
            }
            _ => None,
        }
    }

    pub fn completion(
        &mut self,
        p: CompletionParams,
    ) -> Result<Option<CompletionResponse>, String> {
        let pos = p.text_document_position;
        let Some(place) = self.place(&pos.text_document.uri, pos.position) else {
            return Ok(None);
        };
        if file_kind(&place.shown) != FileKind::Brief {
            return Ok(None);
        }
        let Some(context) = analysis::completion_context(&place.text, place.offset) else {
            return Ok(None);
        };
        let Some(view) = self.sites[place.site].preview.view() else {
            return Ok(None);
        };
        let index = LineIndex::new(&place.text);
        let list = analysis::sources_list(&place.text);
        let (replace, in_sources) = match &context {
            analysis::CompletionContext::Citation(r) => (r.clone(), false),
            analysis::CompletionContext::SourcesEntry(r) => (r.clone(), true),
        };
        let style = view.site.config.citation_style;
        let mut items = Vec::new();
        for seed in &view.site.seeds {
            let listed = list.contains(&seed.id);
            if in_sources && listed {
                continue;
            }
            let additional = (!in_sources && !listed)
                .then(|| list.addition(&seed.id))
                .flatten()
                .map(|(at, text)| {
                    vec![TextEdit {
                        range: index.range(at, at),
                        new_text: text,
                    }]
                });
            items.push(CompletionItem {
                label: seed.id.clone(),
                kind: Some(CompletionItemKind::REFERENCE),
                detail: Some(seed_detail(seed)),
                documentation: Some(Documentation::MarkupContent(MarkupContent {
                    kind: MarkupKind::Markdown,
                    value: reference_markdown(seed, style),
                })),
                sort_text: Some(format!("{}{}", if listed { 0 } else { 1 }, seed.id)),
                filter_text: Some(seed.id.clone()),
                text_edit: Some(lsp_types::CompletionTextEdit::Edit(TextEdit {
                    range: index.range(replace.start, replace.end),
                    new_text: seed.id.clone(),
                })),
                additional_text_edits: additional,
                ..CompletionItem::default()
            });
        }
        Ok(Some(CompletionResponse::Array(items)))
    }

    pub fn hover(&mut self, p: HoverParams) -> Result<Option<Hover>, String> {
        let pos = p.text_document_position_params;
        let Some(place) = self.place(&pos.text_document.uri, pos.position) else {
            return Ok(None);
        };
        let site = &self.sites[place.site];
        let Some(view) = site.preview.view() else {
            return Ok(None);
        };
        let style = view.site.config.citation_style;
        let index = LineIndex::new(&place.text);
        if let Some((_, b)) = self.fresh_brief(&place)
            && let Some(cite) = analysis::cite_at(b, place.offset)
        {
            let range = index.range(cite.id_span.start - 1, cite.id_span.end);
            let Some(s) = view.site.seed_index(&cite.id) else {
                return Ok(Some(markdown_hover(
                    format!("`{}`: no seed has this id", cite.id),
                    range,
                )));
            };
            let seed = &view.site.seeds[s];
            let mut md = reference_markdown(seed, style);
            if let Some(locator) = &cite.locator {
                match analysis::located_paragraph(locator)
                    .and_then(|p| Some((p, seed.paragraphs.get(p)?)))
                {
                    Some((p, text)) => {
                        md.push_str(&format!("\n\n**{locator}** (paragraph {}):\n\n", p + 1));
                        md.push_str(&blockquote(text));
                    }
                    None => md.push_str(&format!(
                        "\n\n**{locator}**: the seed has no such paragraph ({} in all)",
                        seed.paragraphs.len()
                    )),
                }
            }
            for q in analysis::quotes(view, b)
                .into_iter()
                .filter(|q| q.group == cite.group)
            {
                md.push_str(&format!("\n\n---\n\nQuote “{}”: ", q.text.trim()));
                match &q.status {
                    QuoteStatus::Found { seed: qs, passages } => {
                        let qseed = &view.site.seeds[*qs];
                        let paras = paragraph_numbers(passages);
                        md.push_str(&format!("**found** in `{}`, {paras}:\n\n", qseed.id));
                        md.push_str(&blockquote(&analysis::passage_text(
                            &qseed.paragraphs,
                            passages,
                        )));
                    }
                    QuoteStatus::NotFound {
                        near: Some((ns, miss)),
                    } => {
                        let nseed = &view.site.seeds[*ns];
                        md.push_str(&format!(
                            "**not found**; the closest passage, in `{}` {} ({:.0}% alike):\n\n",
                            nseed.id,
                            paragraph_numbers(&miss.passages),
                            miss.similarity * 100.0
                        ));
                        md.push_str(&blockquote(&analysis::passage_text(
                            &nseed.paragraphs,
                            &miss.passages,
                        )));
                    }
                    QuoteStatus::NotFound { near: None } => {
                        md.push_str("**not found**, and no passage of the cited seeds is close")
                    }
                    QuoteStatus::Unchecked => md.push_str("not checked (unknown source)"),
                }
            }
            // The figures of the citation's sentence, as the claims check judged them.
            // The preview keeps no claims (they are for builds), so this one brief is
            // checked again: a few milliseconds, on a hover only.
            let claims = crate::resolve::resolve_brief(view.site, view.index, b.brief).claims;
            let line = index.position(cite.id_span.start).line as usize + 1;
            for claim in claims
                .iter()
                .filter(|c| c.sources.iter().any(|s| s.id == cite.id))
                .filter(|c| (c.line..=c.line + c.text.matches('\n').count()).contains(&line))
            {
                for f in &claim.figures {
                    md.push_str(&format!("\n\n---\n\nFigure “{}”: ", f.text));
                    md.push_str(&figure_status(f));
                }
            }
            return Ok(Some(markdown_hover(md, range)));
        }
        if file_kind(&place.shown) == FileKind::Brief {
            let list = analysis::sources_list(&place.text);
            if let Some((id, r)) = list.id_at(place.offset) {
                let md = match view.site.seed_index(id) {
                    Some(s) => reference_markdown(&view.site.seeds[s], style),
                    None => format!("`{id}`: no seed has this id"),
                };
                return Ok(Some(markdown_hover(md, index.range(r.start, r.end))));
            }
        }
        Ok(None)
    }

    pub fn definition(
        &mut self,
        p: GotoDefinitionParams,
    ) -> Result<Option<GotoDefinitionResponse>, String> {
        let pos = p.text_document_position_params;
        let Some(place) = self.place(&pos.text_document.uri, pos.position) else {
            return Ok(None);
        };
        if file_kind(&place.shown) != FileKind::Brief {
            return Ok(None);
        }
        let site = &self.sites[place.site];
        let Some(view) = site.preview.view() else {
            return Ok(None);
        };
        let cite = self
            .fresh_brief(&place)
            .and_then(|(_, b)| Some((b, analysis::cite_at(b, place.offset)?)));
        let (id, paragraph, passages) = match cite {
            Some((b, cite)) => {
                let paragraph = cite
                    .locator
                    .as_deref()
                    .and_then(analysis::located_paragraph);
                // Without a locator, the passage a quote of this bracket found.
                let passages = analysis::quotes(view, b)
                    .into_iter()
                    .filter(|q| q.group == cite.group)
                    .find_map(|q| match q.status {
                        QuoteStatus::Found { seed, passages }
                            if view.site.seeds[seed].id == cite.id =>
                        {
                            Some(passages)
                        }
                        _ => None,
                    });
                (cite.id, paragraph, passages)
            }
            None => {
                let list = analysis::sources_list(&place.text);
                let Some((id, _)) = list.id_at(place.offset) else {
                    return Ok(None);
                };
                (id.clone(), None, None)
            }
        };
        let Some(s) = view.site.seed_index(&id) else {
            return Ok(None);
        };
        let seed = &view.site.seeds[s];
        let text = file_text(self, site, &seed.path).unwrap_or_default();
        let location = match (paragraph, passages) {
            (Some(p), _) => {
                let start = Passage {
                    paragraph: p,
                    start: 0,
                    end: 0,
                };
                seed_location(self, site, seed, &text, &[start])
            }
            (None, Some(passages)) => seed_location(self, site, seed, &text, &passages),
            (None, None) => None,
        };
        let location = location.or_else(|| {
            Some(Location::new(
                self.uri_of(site, &seed.path)?,
                Range::new(Position::new(0, 0), Position::new(0, 0)),
            ))
        });
        Ok(location.map(GotoDefinitionResponse::Scalar))
    }

    pub fn references(&mut self, p: ReferenceParams) -> Result<Option<Vec<Location>>, String> {
        let pos = p.text_document_position;
        let Some(place) = self.place(&pos.text_document.uri, pos.position) else {
            return Ok(None);
        };
        let Some((id, _)) = self.seed_id_at(&place) else {
            return Ok(None);
        };
        let site = &self.sites[place.site];
        let Some(view) = site.preview.view() else {
            return Ok(None);
        };
        let mut out = Vec::new();
        if p.context.include_declaration
            && let Some(s) = view.site.seed_index(&id)
            && let Some(uri) = self.uri_of(site, &view.site.seeds[s].path)
        {
            out.push(Location::new(uri, Range::default()));
        }
        for naming in occurrences(self, site, view, &id) {
            let Some(uri) = self.uri_of(site, &naming.path) else {
                continue;
            };
            let index = LineIndex::new(&naming.text);
            out.extend(
                naming
                    .spans
                    .into_iter()
                    .map(|r| Location::new(uri.clone(), index.range(r.start, r.end))),
            );
        }
        Ok(Some(out))
    }

    pub fn prepare_rename(
        &mut self,
        p: TextDocumentPositionParams,
    ) -> Result<Option<PrepareRenameResponse>, String> {
        let Some(place) = self.place(&p.text_document.uri, p.position) else {
            return Ok(None);
        };
        let Some((id, Some(span))) = self.seed_id_at(&place) else {
            return Ok(None);
        };
        let known = self.sites[place.site]
            .preview
            .view()
            .is_some_and(|v| v.site.seed_index(&id).is_some());
        if !known {
            return Err(format!("`{id}` is not a seed of this site"));
        }
        let index = LineIndex::new(&place.text);
        Ok(Some(PrepareRenameResponse::RangeWithPlaceholder {
            range: index.range(span.start, span.end),
            placeholder: id,
        }))
    }

    pub fn rename(&mut self, p: RenameParams) -> Result<Option<WorkspaceEdit>, String> {
        let pos = p.text_document_position;
        let Some(place) = self.place(&pos.text_document.uri, pos.position) else {
            return Ok(None);
        };
        let Some((old, _)) = self.seed_id_at(&place) else {
            return Err("rename a seed from a citation of it, or its id in `sources:`".into());
        };
        let new = p.new_name.trim().to_owned();
        let site = &self.sites[place.site];
        let view = site
            .preview
            .view()
            .ok_or("the site does not load; fix brief.yaml first")?;
        let s = view
            .site
            .seed_index(&old)
            .ok_or_else(|| format!("`{old}` is not a seed of this site"))?;
        let valid = crate::cite::parse_group(&format!("@{new}")).is_some_and(|items| {
            items.len() == 1 && items[0].id == new && items[0].locator.is_none()
        });
        if !valid {
            return Err(format!(
                "`{new}` cannot be a citation key: use letters, digits and `-_:.`, starting with a letter or digit"
            ));
        }
        if new == old {
            return Ok(None);
        }
        if view.site.seed_index(&new).is_some() {
            return Err(format!("a seed `{new}` already exists"));
        }
        if !self.can_rename_files {
            return Err(format!(
                "this editor cannot rename files through a language server; rename {} yourself",
                view.site.seeds[s].path.display()
            ));
        }
        let seed = &view.site.seeds[s];
        let ext = seed
            .path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("md");
        let new_path = Path::new(crate::site::SEEDS_DIR).join(format!("{new}.{ext}"));
        let namings = occurrences(self, site, view, &old);
        if let Some(n) = namings.iter().find(|n| n.unsure.is_some()) {
            return Err(format!(
                "{} does not parse ({}): fix it first, or its citations of `{old}` could not all be renamed",
                n.path.display(),
                n.unsure.as_deref().unwrap_or_default()
            ));
        }
        let mut changes = Vec::new();
        for naming in namings {
            // An open document as the editor names it, at its version.
            let Some(uri) = self.uri_of(site, &naming.path) else {
                continue;
            };
            let version = self
                .docs
                .get(&site.root.join(&naming.path))
                .map(|doc| doc.version);
            let index = LineIndex::new(&naming.text);
            changes.push(DocumentChangeOperation::Edit(TextDocumentEdit {
                text_document: OptionalVersionedTextDocumentIdentifier { uri, version },
                edits: naming
                    .spans
                    .into_iter()
                    .map(|r| {
                        OneOf::Left(TextEdit {
                            range: index.range(r.start, r.end),
                            new_text: new.clone(),
                        })
                    })
                    .collect(),
            }));
        }
        // The seed's file, and the snapshot a capture kept beside it (`<id>.html.gz`,
        // named after the id): renamed with it, or the evidence would lose its seed.
        let mut files = vec![(seed.path.clone(), new_path.clone())];
        let snapshot = provenance::snapshot_path(&seed.path);
        if site.root.join(&snapshot).is_file() {
            files.push((snapshot, provenance::snapshot_path(&new_path)));
        }
        for (from, to) in files {
            let (Some(old_uri), Some(new_uri)) = (self.uri_of(site, &from), site.file_uri(&to))
            else {
                return Err("cannot name the seed's file as a URI".into());
            };
            changes.push(DocumentChangeOperation::Op(ResourceOp::Rename(
                RenameFile {
                    old_uri,
                    new_uri,
                    options: Some(lsp_types::RenameFileOptions {
                        overwrite: Some(false),
                        ignore_if_exists: Some(false),
                    }),
                    annotation_id: None,
                },
            )));
        }
        Ok(Some(WorkspaceEdit {
            document_changes: Some(DocumentChanges::Operations(changes)),
            ..WorkspaceEdit::default()
        }))
    }

    pub fn code_action(
        &mut self,
        p: CodeActionParams,
    ) -> Result<Option<Vec<CodeActionOrCommand>>, String> {
        let uri = p.text_document.uri.clone();
        let Some(place) = self.place(&uri, p.range.start) else {
            return Ok(None);
        };
        let index = LineIndex::new(&place.text);
        let (start, end) = (index.offset(p.range.start), index.offset(p.range.end));
        let touches = |r: &std::ops::Range<usize>| r.start <= end && start <= r.end;
        let site = &self.sites[place.site];
        let Some(view) = site.preview.view() else {
            return Ok(None);
        };
        let list = analysis::sources_list(&place.text);
        let ids: Vec<&str> = view.site.seeds.iter().map(|s| s.id.as_str()).collect();
        let mut actions = Vec::new();
        let edit = |title: String, edits: Vec<(std::ops::Range<usize>, String)>| {
            let mut map = HashMap::new();
            map.insert(
                uri.clone(),
                edits
                    .into_iter()
                    .map(|(r, t)| TextEdit {
                        range: index.range(r.start, r.end),
                        new_text: t,
                    })
                    .collect(),
            );
            CodeActionOrCommand::CodeAction(CodeAction {
                title,
                kind: Some(CodeActionKind::QUICKFIX),
                edit: Some(WorkspaceEdit {
                    changes: Some(map),
                    ..WorkspaceEdit::default()
                }),
                ..CodeAction::default()
            })
        };
        // Unknown ids in `sources:`.
        for (id, r) in list.ids.iter().filter(|(_, r)| touches(r)) {
            if view.site.seed_index(id).is_none() {
                for near in closest(id, ids.iter().copied()) {
                    actions.push(edit(
                        format!("Replace `{id}` with `{near}`"),
                        vec![(r.clone(), near.to_owned())],
                    ));
                }
            }
        }
        if let Some((view, b)) = self.fresh_brief(&place) {
            for cite in analysis::cites(b)
                .into_iter()
                .filter(|c| touches(&c.group_span))
            {
                if view.site.seed_index(&cite.id).is_none() {
                    let listed = list.ids.iter().map(|(i, _)| i.as_str());
                    for near in closest(&cite.id, listed.chain(ids.iter().copied())) {
                        actions.push(edit(
                            format!("Replace `{}` with `{near}`", cite.id),
                            vec![(cite.id_span.clone(), near.to_owned())],
                        ));
                    }
                } else if !list.contains(&cite.id)
                    && let Some((at, text)) = list.addition(&cite.id)
                {
                    actions.push(edit(
                        format!("Add `{}` to sources:", cite.id),
                        vec![(at..at, text)],
                    ));
                }
            }
            let cites = analysis::cites(b);
            for q in analysis::quotes(view, b) {
                let Some(span) = q.span.clone() else {
                    continue;
                };
                let group_span = cites
                    .iter()
                    .find(|c| c.group == q.group)
                    .map(|c| c.group_span.clone())
                    .unwrap_or(span.clone());
                if !touches(&span) && !touches(&group_span) {
                    continue;
                }
                match &q.status {
                    QuoteStatus::NotFound {
                        near: Some((s, miss)),
                    } => {
                        // Inner quote marks become single ones, so the quote still reads as
                        // one (the finder ignores quote marks either way).
                        let words =
                            analysis::passage_text(&view.site.seeds[*s].paragraphs, &miss.passages)
                                .replace('"', "'")
                                .replace('“', "‘")
                                .replace('”', "’");
                        actions.push(edit(
                            format!(
                                "Replace the quote with the words of `{}`",
                                view.site.seeds[*s].id
                            ),
                            vec![(span, words)],
                        ));
                    }
                    QuoteStatus::Found { seed, passages } => {
                        let id = &view.site.seeds[*seed].id;
                        let Some(first) = passages.first() else {
                            continue;
                        };
                        if let Some(cite) = cites
                            .iter()
                            .find(|c| c.group == q.group && &c.id == id && c.locator.is_none())
                        {
                            let at = cite.id_span.end;
                            actions.push(edit(
                                format!("Add the locator `para. {}`", first.paragraph + 1),
                                vec![(at..at, format!(", para. {}", first.paragraph + 1))],
                            ));
                        }
                    }
                    _ => {}
                }
            }
        }
        // A figure the checks could not trace to a cited seed (not found, a near miss,
        // outside the located paragraphs, or in a sentence citing nothing): mark it as the
        // brief's own, right after the figure, with a reason to write.
        if let Some((_, b)) = self.fresh_brief(&place) {
            let mut marked: Vec<usize> = Vec::new();
            for d in b.resolution.diagnostics.iter().filter(|d| {
                matches!(d.kind, Kind::FigureNotFound | Kind::CitationNeeded) && d.line > 0
            }) {
                let Some(figure) = analysis::figure_at(&place.text, d.line, d.col) else {
                    continue;
                };
                if !touches(&figure) || marked.contains(&figure.end) {
                    continue;
                }
                marked.push(figure.end);
                let mut action = edit(
                    format!(
                        "Mark “{}” as the brief's own figure",
                        &place.text[figure.clone()]
                    ),
                    vec![(figure.end..figure.end, analysis::OWN_MARKER.to_owned())],
                );
                if let CodeActionOrCommand::CodeAction(a) = &mut action {
                    a.diagnostics = Some(vec![to_lsp(d, &index)]);
                }
                actions.push(action);
            }
        }
        Ok(Some(actions))
    }

    pub fn document_symbol(
        &mut self,
        p: DocumentSymbolParams,
    ) -> Result<Option<DocumentSymbolResponse>, String> {
        let Some(place) = self.place(&p.text_document.uri, Position::new(0, 0)) else {
            return Ok(None);
        };
        if file_kind(&place.shown) != FileKind::Brief {
            return Ok(None);
        }
        let index = LineIndex::new(&place.text);
        #[allow(deprecated)] // `deprecated` is a required field of the type
        fn symbol(index: &LineIndex<'_>, h: analysis::Heading) -> DocumentSymbol {
            let range = index.range(h.span.start, h.span.end);
            DocumentSymbol {
                name: if h.title.is_empty() {
                    "(untitled)".into()
                } else {
                    h.title
                },
                detail: Some(format!("h{}", h.level)),
                kind: SymbolKind::STRING,
                tags: None,
                deprecated: None,
                range,
                selection_range: range,
                children: Some(h.children.into_iter().map(|c| symbol(index, c)).collect()),
            }
        }
        let symbols = analysis::headings(&place.text)
            .into_iter()
            .map(|h| symbol(&index, h))
            .collect();
        Ok(Some(DocumentSymbolResponse::Nested(symbols)))
    }
}

/// Where one brief names a seed, in the brief's current text (the editor's buffer, else
/// the model's, else the disk's: see [`occurrences`]).
struct Naming {
    /// The brief's path as shown.
    path: PathBuf,
    /// The text the spans are bytes of (shared with the model when it is the model's).
    text: Arc<str>,
    spans: Vec<std::ops::Range<usize>>,
    /// Why the spans may be incomplete: the brief's front matter does not parse now, so
    /// the citations of its front-matter texts (takeaways, a timeline) cannot be found.
    unsure: Option<String>,
}

/// Every place a brief names seed `id` — its citations, its `sources:` entries, and the
/// `source:` of a disagreement's position — found in each brief's current text. Sorted
/// by brief, then position.
///
/// The text of a brief open in the editor is its buffer's. A closed brief is read as the
/// model holds it: the model read it at its last change the editor reported (a watched
/// file), and every report is applied before a request is answered, so a large site is
/// not read from disk at each request. Only the briefs the model holds no current
/// version of are read from disk and parsed again — those that did not parse when last
/// read ([`crate::preview::Preview::unparsed_briefs`]), open or not: their places are not
/// the older version's, and a rename must know of them.
fn occurrences(server: &Server, site: &SiteState, view: View<'_>, id: &str) -> Vec<Naming> {
    let unparsed = site.preview.unparsed_briefs();
    let mut paths: BTreeSet<&Path> = view.site.briefs.iter().map(|b| b.path.as_path()).collect();
    paths.extend(unparsed.iter().copied());
    // An open brief the model has no version of (a new file that never parsed).
    let open: Vec<PathBuf> = server
        .docs
        .keys()
        .filter(|path| server.site_of(path).map(|s| &server.sites[s].root) == Some(&site.root))
        .filter_map(|path| site.shown(path))
        .filter(|shown| file_kind(shown) == FileKind::Brief)
        .collect();
    paths.extend(open.iter().map(PathBuf::as_path));
    let mut out = Vec::new();
    for path in paths {
        let held = analysis::brief(view, path).filter(|_| !unparsed.contains(path));
        let text: Arc<str> = match held {
            Some(b) if !server.docs.contains_key(&site.root.join(path)) => {
                Arc::clone(&b.brief.text)
            }
            _ => match file_text(server, site, path) {
                Some(text) => text.into(),
                None => continue,
            },
        };
        // Every place is the id's own text: a brief without it names the seed nowhere.
        if !text.contains(id) {
            continue;
        }
        let mut unsure = None;
        let mut spans = match analysis::brief(view, path).filter(|b| *b.brief.text == *text) {
            Some(b) => cite_spans(b, id),
            None => {
                // Read again from the current text, as the loader reads it.
                let abs = site.root.join(path);
                let mut overlay = crate::overlay::Overlay::new();
                overlay.set(&abs, &text);
                match crate::site::read_brief(&site.root, &abs, &overlay).0 {
                    Ok(brief) => {
                        let resolution =
                            crate::resolve::resolve_brief(view.site, view.index, &brief);
                        cite_spans(
                            BriefRef {
                                brief: &brief,
                                resolution: &resolution,
                            },
                            id,
                        )
                    }
                    Err(d) => {
                        let spans: Vec<_> = analysis::body_cites(&text)
                            .into_iter()
                            .filter(|(i, _)| i == id)
                            .map(|(_, r)| r)
                            .collect();
                        unsure = Some(d.message);
                        spans
                    }
                }
            }
        };
        let list = analysis::sources_list(&text);
        spans.extend(
            list.ids
                .iter()
                .filter(|(i, _)| i == id)
                .map(|(_, r)| r.clone()),
        );
        spans.extend(position_sources(&text, id));
        // A brief that does not parse matters when it may name the seed: in its body or
        // list, or in a front-matter text (`@id`) that cannot be placed.
        let body = crate::frontmatter::split(Path::new(""), &text).map_or(0, |s| s.body_offset);
        if spans.is_empty() && !text[..body].contains(&format!("@{id}")) {
            continue;
        }
        spans.sort_by_key(|r| r.start);
        spans.dedup();
        out.push(Naming {
            path: path.to_owned(),
            text,
            spans,
            unsure,
        });
    }
    out
}

/// The bytes of the brief's citations of `id`.
fn cite_spans(b: BriefRef<'_>, id: &str) -> Vec<std::ops::Range<usize>> {
    analysis::cites(b)
        .into_iter()
        .filter(|c| c.id == id)
        .map(|c| c.id_span)
        .collect()
}

/// The `source: id` lines of a brief's front matter (disagreements' positions).
fn position_sources(text: &str, id: &str) -> Vec<std::ops::Range<usize>> {
    let end = crate::frontmatter::split(Path::new(""), text).map_or(0, |s| s.body_offset);
    let mut out = Vec::new();
    let mut at = 0;
    for line in text[..end].split_inclusive('\n') {
        let t = line.trim_start().trim_start_matches("- ");
        if let Some(value) = t.strip_prefix("source:") {
            let v = value.trim().trim_matches(['"', '\'']);
            if v == id
                && let Some(i) = line.rfind(id)
            {
                out.push(at + i..at + i + id.len());
            }
        }
        at += line.len();
    }
    out
}

/// The location of `passages` in the seed's file (its first passage to its last), from
/// the file's text.
fn seed_location(
    server: &Server,
    site: &SiteState,
    seed: &Seed,
    text: &str,
    passages: &[Passage],
) -> Option<Location> {
    let lines = analysis::seed_paragraph_lines(&seed.path, text);
    let index = LineIndex::new(text);
    let utf16 = |(line, col): (usize, usize)| {
        let l = index.line(line);
        let units = l
            .get(..col.min(l.len()))
            .map_or(0, |s| s.encode_utf16().count());
        Position::new(line as u32, units as u32)
    };
    let (start, _) = analysis::passage_lines(&lines, &seed.paragraphs, passages.first()?)?;
    let (_, end) = analysis::passage_lines(&lines, &seed.paragraphs, passages.last()?)?;
    Some(Location::new(
        server.uri_of(site, &seed.path)?,
        Range::new(utf16(start), utf16(end)),
    ))
}

/// The diagnostics of one open document, as `brief check` reports them, placed in it.
pub fn diagnostics(
    server: &Server,
    site: &SiteState,
    shown: &Path,
    doc: &Document,
) -> Vec<lsp_types::Diagnostic> {
    let seed_texts = |seed: &Seed| file_text(server, site, &seed.path);
    let index = LineIndex::new(&doc.text);
    let mut out: Vec<lsp_types::Diagnostic> = Vec::new();
    let view = site.preview.view();
    // Near misses, by where the quote's diagnostic points (not by order: a quote of a
    // seed with no text is not found, but its diagnostic is another).
    let mut related: HashMap<(usize, usize), DiagnosticRelatedInformation> = HashMap::new();
    if let Some(view) = view
        && let Some(b) = analysis::brief(view, shown)
    {
        for finding in analysis::findings(view, b) {
            let analysis::Finding::Quote(q) = finding;
            match q.status {
                QuoteStatus::NotFound { near } => {
                    let info = near.and_then(|(s, miss)| {
                        let seed = &view.site.seeds[s];
                        let text = seed_texts(seed)?;
                        let location = seed_location(server, site, seed, &text, &miss.passages)?;
                        Some(DiagnosticRelatedInformation {
                            location,
                            message: format!(
                                "the closest passage of `{}` ({:.0}% alike): “{}”",
                                seed.id,
                                miss.similarity * 100.0,
                                analysis::passage_text(&seed.paragraphs, &miss.passages)
                            ),
                        })
                    });
                    if let Some(info) = info {
                        related.insert(q.at, info);
                    }
                }
                QuoteStatus::Found { .. } | QuoteStatus::Unchecked => {}
            }
        }
    }
    // This file's alone: gathering every file's would cost a large site a copy of all
    // its diagnostics per keystroke.
    let ds = site.preview.diagnostics_of(shown);
    {
        let mut sorted: Vec<&Diagnostic> = ds.iter().collect();
        sorted.dedup();
        for d in sorted {
            let mut lsp = to_lsp(d, &index);
            if d.kind == Kind::QuoteNotFound
                && let Some(info) = related.remove(&(d.line, d.col))
            {
                lsp.related_information = Some(vec![info]);
            }
            out.push(lsp);
        }
    }
    if view.is_none() {
        // The site does not load: say why on every open file, not only brief.yaml.
        for (path, ds) in &site.preview.diagnostics_by_file() {
            if path == shown {
                continue;
            }
            for d in ds.iter().filter(|d| d.is_error()) {
                let mut lsp = to_lsp(d, &index);
                lsp.range = Range::default();
                lsp.message = format!("the site cannot be checked: {}", d.message);
                if let Some(uri) = server.uri_of(site, path) {
                    let at =
                        line_col_position(d.line, d.col, d.source_line.as_deref().unwrap_or(""));
                    lsp.related_information = Some(vec![DiagnosticRelatedInformation {
                        location: Location::new(uri, Range::new(at, at)),
                        message: d.message.clone(),
                    }]);
                }
                out.push(lsp);
            }
        }
    }
    out.sort_by_key(|d| (d.range.start.line, d.range.start.character));
    out.dedup_by(|a, b| a.range == b.range && a.message == b.message);
    out
}

/// A pipeline diagnostic as LSP's: the range runs from its position to the end of the
/// word there; `help` follows the message.
fn to_lsp(d: &Diagnostic, index: &LineIndex<'_>) -> lsp_types::Diagnostic {
    let range = if d.line == 0 {
        Range::default()
    } else {
        let line = index.line(d.line - 1);
        let start = line_col_position(d.line, d.col, line);
        let from: usize = line
            .chars()
            .take(d.col.saturating_sub(1))
            .map(char::len_utf8)
            .sum();
        let word: usize = line[from.min(line.len())..]
            .chars()
            .take_while(|c| !c.is_whitespace() && !",;]".contains(*c))
            .map(char::len_utf16)
            .sum();
        Range::new(
            start,
            Position::new(start.line, start.character + word.max(1) as u32),
        )
    };
    let mut message = d.message.clone();
    if let Some(help) = &d.help {
        message.push_str("\nhelp: ");
        message.push_str(help);
    }
    lsp_types::Diagnostic {
        range,
        severity: Some(match d.severity {
            Severity::Error => DiagnosticSeverity::ERROR,
            Severity::Warning => DiagnosticSeverity::WARNING,
        }),
        code: (d.kind == Kind::QuoteNotFound)
            .then(|| NumberOrString::String("quote-not-found".into())),
        source: Some("brief".into()),
        message,
        ..lsp_types::Diagnostic::default()
    }
}

fn seed_detail(seed: &Seed) -> String {
    let mut parts = vec![seed.title.clone()];
    parts.extend(seed.outlet.clone());
    parts.extend(seed.published.clone());
    parts.join(" — ")
}

/// A seed's formatted reference (the site's citation style) as Markdown.
fn reference_markdown(seed: &Seed, style: crate::reference::Style) -> String {
    let html = crate::reference::format(seed, style);
    let mut md = String::new();
    let mut rest = html.as_str();
    while let Some(open) = rest.find('<') {
        md.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('>') else {
            break;
        };
        let tag = rest[open + 1..open + close]
            .split_whitespace()
            .next()
            .unwrap_or("");
        if matches!(tag, "i" | "/i" | "em" | "/em") {
            md.push('*');
        }
        rest = &rest[open + close + 1..];
    }
    md.push_str(rest);
    let md = md
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'");
    format!("**{}** · {md}", seed.id)
}

fn blockquote(text: &str) -> String {
    text.lines()
        .map(|l| format!("> {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn paragraph_numbers(passages: &[Passage]) -> String {
    let mut ps: Vec<usize> = passages.iter().map(|p| p.paragraph + 1).collect();
    ps.dedup();
    match ps.as_slice() {
        [one] => format!("para. {one}"),
        many => format!(
            "paras. {}",
            many.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

fn markdown_hover(value: String, range: Range) -> Hover {
    Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value,
        }),
        range: Some(range),
    }
}

/// A figure's status, in words, for a hover.
fn figure_status(f: &crate::claims::FigureFinding) -> String {
    use crate::claims::Status;
    let seed = f.seed.as_deref().unwrap_or("the cited seed");
    let says = f.seed_text.as_deref().unwrap_or("");
    match f.status {
        Status::Found => format!("**found** in `{seed}` (“{says}”)"),
        Status::OutsideLocator => {
            format!("**found** in `{seed}` (“{says}”), outside the paragraphs the locator names")
        }
        Status::NearMiss => format!("**not found**; `{seed}` says “{says}”"),
        Status::NotFound => "**not found** in the cited seeds".to_owned(),
        Status::Own => format!(
            "the brief's own ({})",
            f.reason.as_deref().unwrap_or("no reason given")
        ),
        Status::CitationNeeded => "citation needed".to_owned(),
    }
}
