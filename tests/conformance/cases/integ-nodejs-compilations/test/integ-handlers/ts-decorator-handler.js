"use strict";
// What tsc makes of ts-decorator-handler.ts (preCompilation bundles this .js: no tsc is installed)
Object.defineProperty(exports, "__esModule", { value: true });
exports.handler = handler;
function logged(_value, context) {
    context.addInitializer(function () {
        console.log(`initialised with ${String(context.name)}`);
    });
}
class Welcome {
    constructor(who) {
        this.who = who;
    }
    text() {
        return `Welcome, ${this.who}`;
    }
}
logged(Welcome.prototype.text, { kind: "method", name: "text", addInitializer() { } });
async function handler() {
    console.log(new Welcome('Lambda').text());
}
