// Conformance case 'integ-lambda-profiling': aws-lambda test/integ.lambda-profiling.ts
// (the IntegTest is dropped; the StackUnderTest class is inlined).
'use strict';
const { ProfilingGroup } = require('aws-cdk-lib/aws-codeguruprofiler');
const { App, Stack } = require('aws-cdk-lib');
const { Runtime, InlineCode, Function } = require('aws-cdk-lib/aws-lambda');

const app = new App();

class StackUnderTest extends Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    new Function(this, 'MyLambda', {
      code: new InlineCode('foo'),
      handler: 'index.handler',
      runtime: Runtime.PYTHON_3_9,
      profiling: true,
    });

    const importedProfilingGroup = ProfilingGroup.fromProfilingGroupArn(this, 'ImportedProfilingGroup', 'arn:aws:codeguru-profiler:us-east-1:1234567890:profilingGroup/MyAwesomeProfilingGroup');

    new Function(this, 'MyOtherLambda', {
      code: new InlineCode('foo'),
      handler: 'index.handler',
      runtime: Runtime.PYTHON_3_9,
      profiling: true,
      profilingGroup: importedProfilingGroup,
    });
  }
}

new StackUnderTest(app, 'Stack1', {});

app.synth();
