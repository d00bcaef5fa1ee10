// Conformance case 'error-size-not-whole': size.test.ts's 'Size in gibibyte': Size.gibibytes(5).toTebibytes() ('5 gibibytes' cannot be converted into a whole number of tebibytes.)
'use strict';
const cdk = require('aws-cdk-lib');
const { Size } = cdk;

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new cdk.CfnResource(stack, 'R', { type: 'AWS::Test::Sizes', properties: { t: Size.gibibytes(5).toTebibytes() } });
app.synth();
