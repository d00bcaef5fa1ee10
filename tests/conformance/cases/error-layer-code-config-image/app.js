// Conformance case 'error-layer-code-config-image': error: a LayerVersion of a Code of one's own whose config is an image (no s3Location): "Code must define an S3 location"
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

class MyCode extends lambda.Code {
  constructor(config) {
    super();
    this.config = config;
    this.isInline = 'inlineCode' in config;
  }

  bind(_scope) {
    return this.config;
  }
}

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.LayerVersion(stack, 'Layer', {
  code: new MyCode({ image: { imageUri: 'ecr image uri' } }),
});

app.synth();
