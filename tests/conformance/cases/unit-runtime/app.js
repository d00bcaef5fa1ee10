// Conformance case 'unit-runtime': aws-cdk's runtime.test.ts (aws-lambda): runtimeEquals and
// bundlingDockerImage, their values as outputs
// Ported from aws-cdk: runtime.test.ts 'runtimes are equal for different instances', 'runtimes are equal
// for same instance', 'unequal when name changes', 'unequal when family changes', 'unequal when
// supportsInlineCode changes', 'bundlingDockerImage points to AWS SAM build image', 'overridde to
// bundlingDockerImage points to the correct image' (its 'deprecated runtimes' tests read isDeprecated,
// which aws-cdk-lib 2.276.0's Runtime does not have)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Runtime');
const py = (name, family, supportsInlineCode) => new lambda.Runtime(name, family, { supportsInlineCode });
const runtime1 = py('python3.7', lambda.RuntimeFamily.PYTHON, true);
const equals = [
  runtime1.runtimeEquals(py('python3.7', lambda.RuntimeFamily.PYTHON, true)),
  runtime1.runtimeEquals(runtime1),
  runtime1.runtimeEquals(py('python3.6', lambda.RuntimeFamily.PYTHON, true)),
  runtime1.runtimeEquals(py('python3.7', lambda.RuntimeFamily.JAVA, true)),
  runtime1.runtimeEquals(py('python3.7', lambda.RuntimeFamily.PYTHON, false)),
];
new cdk.CfnOutput(stack, 'Equals', { value: equals.join(',') });
new cdk.CfnOutput(stack, 'BundlingImage', { value: new lambda.Runtime('my-runtime-name').bundlingDockerImage.image });
new cdk.CfnOutput(stack, 'BundlingImageOverride', {
  value: new lambda.Runtime('my-runtime-name', undefined, { bundlingDockerImage: 'my-docker-image' }).bundlingDockerImage.image,
});

app.synth();
