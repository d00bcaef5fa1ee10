// Conformance case 'error-stage-name': a Stage id that is not a stage name (aws-cdk-lib's error).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stage = new cdk.Stage(app, '1st-stage');
new cdk.Stack(stage, 'Stack');
app.synth();
