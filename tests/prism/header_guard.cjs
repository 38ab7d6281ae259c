// Preloaded into Prism (NODE_OPTIONS=--require) by tests/prism/prism.py.
// Prism 5.16 copies its request-validation messages, which quote the offending input, into an
// `sl-violations` response header. Node refuses a header value with characters outside printable
// ASCII, and the uncaught error ends the whole Prism process. Escape such characters instead.
'use strict';
const http = require('http');
const setHeader = http.ServerResponse.prototype.setHeader;
http.ServerResponse.prototype.setHeader = function guardedSetHeader(name, value) {
  if (typeof value === 'string') {
    value = value.replace(/[^\x20-\x7e]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
  }
  return setHeader.call(this, name, value);
};
