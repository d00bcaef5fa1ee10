// Conformance case 'ported-core-synthesis-docker-prefix': new-style-synthesis.test.ts's 'synthesis with
// dockerPrefix' ported literally: a DefaultStackSynthesizer with dockerTagPrefix 'test-prefix-':
// the image asset's imageTag in the asset manifest and the image URI in the template start with it.
// The test's synthesizer.addDockerImageAsset of 'some-folder' is a function's Code.fromAssetImage of
// a directory here.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const myapp = new cdk.App();
const mystack = new cdk.Stack(myapp, 'mystack-dockerPrefix', {
  synthesizer: new cdk.DefaultStackSynthesizer({
    dockerTagPrefix: 'test-prefix-',
  }),
});
new lambda.Function(mystack, 'Fn', {
  code: lambda.Code.fromAssetImage(path.join(__dirname, 'docker-handler')),
  handler: lambda.Handler.FROM_IMAGE,
  runtime: lambda.Runtime.FROM_IMAGE,
});
myapp.synth();
