"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.mult = void 0;
function mult(x, y) {
  return x * y;
}
exports.mult = mult;
