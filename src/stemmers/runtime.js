// search/stemmer.js: the Snowball stemmer of the site's language, as the search index
// applies it, for the search page to stem a query's words (brief's src/search.rs).
//
//   import(".../search/stemmer.js").then(function (m) { m.stem("negotiating"); }) // "negoti"
//
// This part is a port of the rust-stemmers crate's SnowballEnv (1.2.0, MIT, Jakob
// Demler): the word is held as its UTF-8 bytes and every position is a byte offset, as
// in the crate, so the stemmer below (translated from the crate's by
// scripts/snowball_js.py) gives the index's stem of every word. Its fields are the
// crate's, shortened: c (cursor), l (limit), lb (limit_backward), bra, ket.
var UTF8 = new TextEncoder();
var TEXT = new TextDecoder();
var BYTES = new Map();

// A literal's bytes.
function bytes(s) {
  if (typeof s !== "string") return s;
  var b = BYTES.get(s);
  if (!b) {
    b = Array.from(UTF8.encode(s));
    BYTES.set(s, b);
  }
  return b;
}

function Env(word) {
  this.current = Array.from(UTF8.encode(word));
  this.c = 0;
  this.l = this.current.length;
  this.lb = 0;
  this.bra = 0;
  this.ket = this.l;
}

Env.prototype.boundary = function (i) {
  return i === 0 || i >= this.current.length || (this.current[i] & 0xc0) !== 0x80;
};

// The code point at byte `i`.
Env.prototype.at = function (i) {
  var b = this.current, c = b[i];
  if (c < 0x80) return c;
  if (c < 0xe0) return ((c & 0x1f) << 6) | (b[i + 1] & 0x3f);
  if (c < 0xf0) return ((c & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f);
  return ((c & 0x07) << 18) | ((b[i + 1] & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f);
};

Env.prototype.chars = function () {
  var n = 0;
  for (var i = 0; i < this.current.length; i++) if ((this.current[i] & 0xc0) !== 0x80) n++;
  return n;
};

Env.prototype.replace_s = function (bra, ket, s) {
  s = bytes(s);
  var adjustment = s.length - (ket - bra);
  this.current = this.current.slice(0, bra).concat(s, this.current.slice(ket));
  this.l += adjustment;
  if (this.c >= ket) this.c += adjustment;
  else if (this.c > bra) this.c = bra;
  return adjustment;
};

Env.prototype.starts = function (at, s) {
  if (at < 0 || at + s.length > this.current.length) return false;
  for (var i = 0; i < s.length; i++) if (this.current[at + i] !== s[i]) return false;
  return true;
};

Env.prototype.eq_s = function (s) {
  s = bytes(s);
  if (this.c >= this.l) return false;
  if (!this.starts(this.c, s)) return false;
  this.c += s.length;
  while (!this.boundary(this.c)) this.c++;
  return true;
};

Env.prototype.eq_s_b = function (s) {
  s = bytes(s);
  if (this.c - this.lb < s.length) return false;
  if (!this.boundary(this.c - s.length) || !this.starts(this.c - s.length, s)) return false;
  this.c -= s.length;
  return true;
};

Env.prototype.slice_from = function (s) {
  this.replace_s(this.bra, this.ket, s);
  return true;
};

Env.prototype.slice_del = function () {
  return this.slice_from([]);
};

Env.prototype.insert = function (bra, ket, s) {
  var adjustment = this.replace_s(bra, ket, s);
  if (bra <= this.bra) this.bra += adjustment;
  if (bra <= this.ket) this.ket += adjustment;
};

Env.prototype.slice_to = function () {
  return this.current.slice(this.bra, this.ket);
};

Env.prototype.next_char = function () {
  this.c++;
  while (!this.boundary(this.c)) this.c++;
};

Env.prototype.previous_char = function () {
  this.c--;
  while (!this.boundary(this.c)) this.c--;
};

Env.prototype.byte_index_for_hop = function (delta) {
  var res = this.c, len = this.current.length;
  for (; delta > 0; delta--) {
    res++;
    while (res <= len && !this.boundary(res)) res++;
  }
  for (; delta < 0; delta++) {
    res--;
    while (res >= 0 && !this.boundary(res)) res--;
  }
  return res;
};

function grouped(chars, min, max, ch) {
  if (ch > max || ch < min) return false;
  ch -= min;
  return (chars[ch >> 3] & (1 << (ch & 7))) !== 0;
}

Env.prototype.in_grouping = function (chars, min, max) {
  if (this.c >= this.l) return false;
  if (!grouped(chars, min, max, this.at(this.c))) return false;
  this.next_char();
  return true;
};

Env.prototype.in_grouping_b = function (chars, min, max) {
  if (this.c <= this.lb) return false;
  this.previous_char();
  var ch = this.at(this.c);
  this.next_char();
  if (!grouped(chars, min, max, ch)) return false;
  this.previous_char();
  return true;
};

Env.prototype.out_grouping = function (chars, min, max) {
  if (this.c >= this.l) return false;
  if (grouped(chars, min, max, this.at(this.c))) return false;
  this.next_char();
  return true;
};

Env.prototype.out_grouping_b = function (chars, min, max) {
  if (this.c <= this.lb) return false;
  this.previous_char();
  var ch = this.at(this.c);
  this.next_char();
  if (grouped(chars, min, max, ch)) return false;
  this.previous_char();
  return true;
};

Env.prototype.find_among = function (amongs, context) {
  var i = 0, j = amongs.length, c = this.c, l = this.l;
  var common_i = 0, common_j = 0, first_key_inspected = false, w;
  for (;;) {
    var k = i + ((j - i) >> 1), diff = 0, common = Math.min(common_i, common_j);
    w = bytes(amongs[k][0]);
    for (var lvar = common; lvar < w.length; lvar++) {
      if (c + common === l) { diff = -1; break; }
      diff = this.current[c + common] - w[lvar];
      if (diff !== 0) break;
      common++;
    }
    if (diff < 0) { j = k; common_j = common; } else { i = k; common_i = common; }
    if (j - i <= 1) {
      if (i > 0 || j === i || first_key_inspected) break;
      first_key_inspected = true;
    }
  }
  for (;;) {
    var a = amongs[i];
    w = bytes(a[0]);
    if (common_i >= w.length) {
      this.c = c + w.length;
      if (!a[3]) return a[2];
      var res = a[3](this, context);
      this.c = c + w.length;
      if (res) return a[2];
    }
    i = a[1];
    if (i < 0) return 0;
  }
};

Env.prototype.find_among_b = function (amongs, context) {
  var i = 0, j = amongs.length, c = this.c, lb = this.lb;
  var common_i = 0, common_j = 0, first_key_inspected = false, w;
  for (;;) {
    var k = i + ((j - i) >> 1), diff = 0, common = Math.min(common_i, common_j);
    w = bytes(amongs[k][0]);
    for (var lvar = w.length - common - 1; lvar >= 0; lvar--) {
      if (c - common === lb) { diff = -1; break; }
      diff = this.current[c - common - 1] - w[lvar];
      if (diff !== 0) break;
      common++;
    }
    if (diff < 0) { j = k; common_j = common; } else { i = k; common_i = common; }
    if (j - i <= 1) {
      if (i > 0 || j === i || first_key_inspected) break;
      first_key_inspected = true;
    }
  }
  for (;;) {
    var a = amongs[i];
    w = bytes(a[0]);
    if (common_i >= w.length) {
      this.c = c - w.length;
      if (!a[3]) return a[2];
      var res = a[3](this, context);
      this.c = c - w.length;
      if (res) return a[2];
    }
    i = a[1];
    if (i < 0) return 0;
  }
};

// The stem of `word` (lowercased as the index lowercases).
export function stem(word) {
  var env = new Env(word);
  snowball(env);
  return TEXT.decode(new Uint8Array(env.current));
}
