"use strict";
exports.handler = async () => "compiled";
