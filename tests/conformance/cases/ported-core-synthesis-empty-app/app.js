// Conformance case 'ported-core-synthesis-empty-app': synthesis.test.ts's 'synthesis with an empty app':
// an App with nothing in it writes cdk.out, manifest.json (the Tree artifact only) and tree.json
// (the App and its Tree).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
app.synth();
