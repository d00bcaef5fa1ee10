'use strict';
const os = require('os');

exports.main = async () => ({ arch: os.arch(), node: process.version });
