// Conformance case 'error-nested-stack-root': a NestedStack outside any stack (under the App, here
// in a plain construct of the App) is aws-cdk-lib's error.
'use strict';
const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');

const app = new cdk.App();
new cdk.Stack(app, 'TestStack');
new cdk.NestedStack(new Construct(app, 'Group'), 'Nested');
app.synth();
