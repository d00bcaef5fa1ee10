// Conformance case 'integ-lambda-adot': aws-lambda test/integ.lambda-adot.ts (ADOT layers of each
// kind, in an ARM_64 and an X86_64 stack). STANDARD_NODEJS_RUNTIME (test/config.ts) is
// Runtime.NODEJS_18_X. Dropped: the IntegTest (the two stacks are made the same way, outside it).
'use strict';
const cdk = require('aws-cdk-lib');
const {
  AdotLambdaLayerPythonSdkVersion,
  AdotLambdaLayerJavaSdkVersion,
  AdotLambdaExecWrapper,
  AdotLambdaLayerJavaScriptSdkVersion,
  AdotLambdaLayerJavaAutoInstrumentationVersion,
  AdotLambdaLayerGenericVersion,
  Code,
  Architecture,
  Function,
  Runtime,
  AdotLayerVersion,
} = require('aws-cdk-lib/aws-lambda');

const STANDARD_NODEJS_RUNTIME = Runtime.NODEJS_18_X;

const app = new cdk.App();

class StackUnderTest extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    new Function(this, 'MyFunc1', {
      runtime: STANDARD_NODEJS_RUNTIME,
      handler: 'index.handler',
      code: Code.fromInline(`exports.handler = ${handler.toString()}`),
      architecture: props.architecture,
      adotInstrumentation: {
        layerVersion: AdotLayerVersion.fromJavaScriptSdkLayerVersion(AdotLambdaLayerJavaScriptSdkVersion.V1_18_1),
        execWrapper: AdotLambdaExecWrapper.REGULAR_HANDLER,
      },
    });

    new Function(this, 'MyFunc2', {
      runtime: Runtime.PYTHON_3_9,
      handler: 'index.handler',
      code: Code.fromInline('def handler(event, context): pass'),
      adotInstrumentation: {
        layerVersion: AdotLayerVersion.fromPythonSdkLayerVersion(AdotLambdaLayerPythonSdkVersion.V1_21_0),
        execWrapper: AdotLambdaExecWrapper.INSTRUMENT_HANDLER,
      },
    });

    new Function(this, 'MyFunc3', {
      runtime: Runtime.PYTHON_3_9,
      handler: 'index.handler',
      code: Code.fromInline('def handler(event, context): pass'),
      adotInstrumentation: {
        layerVersion: AdotLayerVersion.fromJavaSdkLayerVersion(AdotLambdaLayerJavaSdkVersion.V1_32_0),
        execWrapper: AdotLambdaExecWrapper.INSTRUMENT_HANDLER,
      },
    });

    new Function(this, 'MyFunc4', {
      runtime: Runtime.PYTHON_3_9,
      handler: 'index.handler',
      code: Code.fromInline('def handler(event, context): pass'),
      adotInstrumentation: {
        layerVersion: AdotLayerVersion.fromJavaAutoInstrumentationLayerVersion(AdotLambdaLayerJavaAutoInstrumentationVersion.V1_32_0),
        execWrapper: AdotLambdaExecWrapper.INSTRUMENT_HANDLER,
      },
    });

    new Function(this, 'MyFunc5', {
      runtime: Runtime.PYTHON_3_9,
      handler: 'index.handler',
      code: Code.fromInline('def handler(event, context): pass'),
      adotInstrumentation: {
        layerVersion: AdotLayerVersion.fromGenericLayerVersion(AdotLambdaLayerGenericVersion.V0_90_1),
        execWrapper: AdotLambdaExecWrapper.INSTRUMENT_HANDLER,
      },
    });
  }
}

function handler(event, _context, callback) {
  console.log(JSON.stringify(event, undefined, 2));
  return callback();
}

new StackUnderTest(app, 'Stack1', {
  architecture: Architecture.ARM_64,
});
new StackUnderTest(app, 'Stack2', {
  architecture: Architecture.X86_64,
});

app.synth();
